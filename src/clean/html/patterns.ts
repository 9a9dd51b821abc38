/**
 * Every pattern list the HTML cleaner uses, in one place. None names a site: they describe markup and
 * wording that news pages in general use for non-article material.
 */

/** Elements whose content never becomes text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link', 'img', 'picture', 'source',
]);

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
  'body', 'html',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);


/*
 * class/id vocabulary. A class or id is split into lower-case words at "-", "_", digits and camelCase
 * boundaries ("author-flyout__item" → author, flyout, item; "InlineImage" → inline, image); the sets below
 * are matched against those words, the regexes against the words joined without separator.
 */

/** Image captions. */
export const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'cutline', 'cutlines']);
export const CAPTION_JOINED = /caption|cutline|imagedesc|photodesc|imgdesc/;

/** Photo credits. */
export const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'courtesy']);

/** Elements never read: hover cards, screen-reader-only labels, hidden widgets. */
export const SKIP_WORDS = new Set([
  'tooltip', 'popover', 'hovercard', 'rollover', 'flyout', 'screenreader', 'visuallyhidden', 'offscreen', 'noprint',
]);
/** Whole class tokens ("hidden", but not "hidden-xs", which is shown on larger screens) and joined words. */
export const SKIP_JOINED = /^(?:hidden|hide|ishidden|invisible|dnone)$|sronly|screenreader|visuallyhidden|hovercard|readerhidden/;

/** Subtrees of non-article material: dropped when they hold a small part of the extracted text. */
export const BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'shares', 'social', 'socials', 'newsletter', 'newsletters', 'subscribe', 'subscription',
  'signup', 'related', 'recommended', 'recommendations', 'recommendation', 'recirc', 'recirculation', 'trending', 'popular',
  'outbrain', 'taboola', 'promo', 'promos', 'promotion', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot',
  'adunit', 'adcontainer', 'sponsor', 'sponsored', 'comment', 'comments', 'breadcrumb', 'breadcrumbs', 'toolbar', 'nav',
  'navigation', 'navbar', 'menu', 'footer', 'cookie', 'cookies', 'paywall', 'pagination', 'pager', 'donate', 'donation',
  'sidebar', 'rail', 'widget', 'disclaimer', 'affiliate', 'upsell', 'banner', 'teaser', 'teasers', 'outstream',
]);
export const BOILERPLATE_JOINED =
  /readmore|morestories|morenews|morearticles|moreon|alsoread|seealso|mostread|mostpopular|mostviewed|youmay(also)?like|whattoreadnext|readnext|upnext|authorbio|aboutauthor|abouttheauthor|authorbox|authorinfo|authorcard|authorprofile|authordetails|postauthor|bioblock|contributorbio|relatedlinks|storylinks/;

/** Subtrees that carry bylines and dates. */
export const BYLINE_WORDS = new Set(['byline', 'bylines', 'dateline', 'timestamp', 'timestamps', 'author', 'authors', 'meta', 'published', 'updated', 'date', 'time', 'pubdate']);

/** Subtrees that wrap an image (and so whose short text is its caption). */
export const IMAGE_WORDS = new Set(['image', 'images', 'img', 'photo', 'photos', 'picture', 'pic', 'thumbnail', 'thumb', 'figure', 'gallery', 'slideshow', 'carousel', 'lightbox', 'enlarge']);

/*
 * Text patterns, matched against one block's text. "Whole" patterns must cover the block (trailing
 * punctuation aside); "short" patterns apply to blocks of at most SHORT_BLOCK_WORDS words.
 */
export const SHORT_BLOCK_WORDS = 40;

export const BOILERPLATE_WHOLE =
  /^(?:advertisement|advert|ad|ads|sponsored(?: content)?|skip to (?:main )?content|loading(?: content)?|continue reading(?: below)?|read more|read full (?:article|story)|see more|show more|load more|more|related|related (?:articles|stories|content|news|posts|coverage|topics)|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed|shared)|latest(?: news| stories)?|breaking news|don'?t miss|also read|read also|comments?|\d+ comments?|leave a (?:comment|reply)|share|share this(?: article| story| post)?|print|email|close|caption|enlarge(?: image| photo)?|image \d+ of.*|photo \d+ of.*|\d+ of \d+|this slideshow requires javascript|tell us what you think|subscribe|sign in|log in|newsletter|sign up|follow us|back to top|top stories|watch|listen|iklan|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reclame|reklama|реклама|广告|広告)$/i;

export const BOILERPLATE_START =
  /^(?:related(?: articles| stories| coverage| content| news| reading)?\s*:|see more\s*:|read more\s*:|more\s*:|also read\s*:|read also\s*:|watch\s*:|listen\s*:|click here|get the .{0,40}\b(?:app|newsletter)\b|sign up\b|subscribe\b|join (?:us|our)\b|download (?:our|the)\b.{0,40}\bapp\b|copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s|all rights reserved|this (?:article|story|material|content) (?:may not|cannot|must not) be|this document is subject to copyright|citation\s*:|filed under\s*:|tags?\s*:|topics?\s*:|posted in\s*:|categories\s*:|share (?:this|on)\b|follow (?:us|him|her|them|@)|listen to .{0,40}\b(?:live|podcast)\b)/i;

export const BOILERPLATE_CONTAINS =
  /\b(?:sign up (?:for|to)\b.{0,60}\b(?:newsletter|updates|emails?)|subscribe to (?:our|the)\b|subscribe to\b.{0,40}\bnewsletters?\b|our newsletters?\b|all rights reserved|(?:can|may) be reached at\b|follow (?:us|\w+) on (?:twitter|facebook|instagram|youtube)|this (?:website|site) uses cookies|we use cookies|cookie policy|affiliate (?:links?|commission)|we may earn a commission)/i;

/**
 * A photo credit as a whole block: "(Image: © NASA)", "Photo: …", "© Jane Doe", "Getty Images", "(AP Photo/Jane
 * Doe)", "Jane Doe | Bloomberg | Getty Images". An agency name counts only at the start or after "|" or "/",
 * so that "Trump speaks to Reuters" stays a heading.
 */
export const CREDIT_TEXT =
  /^(?:\(?\s*(?:image|photo|picture|video|graphic|illustration)s?(?: credit)?\s*(?::|by\b)|\(?\s*credits?\s*:|©|\(c\)\s|copyright\s+\d{4}\b|\(?\s*(?:getty images|ap photo|afp|reuters|shutterstock|istock|alamy)\b[^.!?]{0,60}$|[^.!?]{0,80}[|/]\s*(?:getty images|ap photo|afp|reuters|shutterstock|istock|alamy)\b[^.!?]{0,40}$)/i;

/**
 * A line of publication/update time: "Published 1 day ago", "Updated 3:27 am PST, Wednesday, November 20,
 * 2019", "Nov. 20, 2019 6:02 AM EST". It starts like a date line, and once the words below are taken out at
 * most DATE_LINE_LEFTOVER words remain, so that a dated sentence ("March 5, 2024: the council votes on the
 * budget.") stays body text.
 */
export const DATE_LINE_START =
  /^(?:(?:last )?(?:published|updated|posted|modified|created)\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b|\d{4}-\d{2}-\d{2}\b)/i;
export const DATE_LINE_WORDS =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|\d+(?:st|nd|rd|th)?|[ap]\.?m\.?|utc|gmt|[a-z]{1,3}[sd]t|cet|cest|ist|last|published|updated|posted|modified|created|on|at|ago|an?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b/gi;
export const DATE_LINE_LEFTOVER = 2;

/** "By Jane Doe", "By Jane Doe and John Roe - 11/18/19 11:04 PM EST", "By TOM KRISHER, AP Auto Writer". */
export const BY_LINE = /^[Bb][Yy]\s+\p{Lu}/u;
/** Lower-case words a byline may hold besides names. */
export const BY_LINE_LOWER = /^(?:by|and|of|the|for|in|at|on|with|staff|writer|reporter|correspondent|editor|contributor|am|pm|a\.m\.|p\.m\.|de|da|van|von|der|la|le)$/;

/** Headings after which the rest of the page is author information. */
export const AUTHOR_HEADING = /^(?:about the (?:author|writer)s?|about me|author|the author)\s*:?$/i;

/** Headings that introduce a box of links to other pages. */
export const LINKS_HEADING =
  /^(?:related(?: articles| stories| coverage| content| news| posts| topics| reading)?|more(?:\s+(?:from|on|in|stories|news|articles|videos|coverage|like this|to (?:read|explore))\b.{0,40})?|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| articles)?|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|latest(?: news| stories| articles| posts)?|top stories|read (?:more|next)|up next|what to read next|see also|also (?:read|see|on)|popular(?: posts| stories| articles)?|don'?t miss|editor'?s picks|further reading|subscribe|newsletter|sign up|share(?: this)?(?: article| story| post)?|follow us|comments?|leave a (?:comment|reply)|breaking news|advertisement)\s*[:.…!]*$/i;

/** Embedded social posts: quoted material of the article, kept although their wrappers look like widgets. */
export const EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.twitter-video';

/** Pages nested deeper than this skip Readability (see treeDepth in prepare.ts). */
export const MAX_TREE_DEPTH = 100;

/** Pruned before Readability runs (see prepare.ts). */
export const PRUNE_SELECTOR = 'script:not([type="application/ld+json"]), style, svg, iframe, template, nav, footer, aside, form, select, button';
export const PRUNE_ALWAYS = new Set(['script', 'style', 'svg', 'iframe', 'template', 'select', 'button']);
export const PRUNE_MAX_PARAGRAPHS = 5;
