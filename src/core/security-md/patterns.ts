/**
 * Every regular expression the SECURITY.md parser runs, in one place so that `patterns.test.ts`
 * can prove each one free of super-linear backtracking with recheck. Rules that keep them so:
 * quantifiers are bounded or separated by a fixed character, runs that could restart at every
 * position are guarded by a lookbehind, and whitespace has been collapsed to single spaces
 * before matching (so ` ?` stands for any whitespace).
 */

const SMALL_NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUMBER = `\\d{1,4}(?:\\.\\d{1,2})?|(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_NUMBER_WORDS}|a couple of|an|a`;

/**
 * A duration: "24 hours", "3 business days", "48h", "one week", "1-2 working days",
 * "two (2) weeks", "90-day". Groups: 1 amount, 2 upper amount of a range, 3 qualifier, 4 unit.
 */
export const DURATION = new RegExp(
  `(?<![\\w.])(${NUMBER})(?: ?(?:-|–|—|to) ?(${NUMBER}))?(?: ?\\(\\d{1,4}\\))? ?-?(?:(business|working|work|calendar)[ -]?)?(hours?|hrs?|h|days?|d|weeks?|wks?|months?|weekdays?)(?!\\w)`,
  'gi',
);

/** "the next business day": one business day. */
export const NEXT_BUSINESS_DAY = /\bnext (?:business|working) day\b/gi;

/** A cadence or a past span right before a duration: "updates every 72 hours", "in the last 6 months". */
export const CADENCE_BEFORE = /\b(?:every|each|per|last|past|previous|recent)\s?$/i;

/** A past or age right after a duration: "3 days ago", "2 years old". */
export const PAST_AFTER = /^\s?(?:ago|old)\b/i;

/**
 * Words naming a stage; group 1 triage, 2 acknowledge, 3 fix, 4 disclose. Longer phrases come
 * first so "more detailed response" (a triage answer) wins over "response".
 */
export const STAGE_KEYWORD =
  /\b(?:(more detailed response|detailed response|next steps|initial (?:assessment|analysis|evaluation|triage)|triag\w*|assess\w*|evaluat\w*|investigat\w*|validat\w*|verif\w*|reproduc\w*|analy[sz]\w*|determin\w*|confirm (?:the|whether|if|that) (?:vulnerability|issue|report|problem|bug))|(acknowledg\w*|ack|confirm(?:ation of)? receipt|receipt|first (?:response|reply)|initial (?:response|reply|contact)|respon(?:d|ds|ded|ding|se|ses)|repl(?:y|ies|ied)|get back to you|hear back|hear from us|contact you|reach out|answer\w*)|(fix\w*|hotfix\w*|patch\w*|resol\w*|remedia\w*|mitigat\w*|address(?:ed|ing)|security (?:update|release)s?|releas\w*|deploy\w*)|(disclos\w*|publish\w*|publication|publicly|(?:become|becomes|made|make|go|goes) public|advisor\w*|announc\w*|embargo\w*|cve\w*))\b/gi;

/** Severity words; `others`, `remaining`, `non-critical` mean the default fix target. */
export const SEVERITY_WORD =
  /\b(critical|high|medium|moderate|low|others?|otherwise|remaining|non-critical|lower)\b/gi;

/**
 * What a duration counts from, right after it: "of triage", "after the fix is released",
 * "of receiving your report". Group 1 names the anchor.
 */
export const ANCHOR_AFTER =
  /^\s?(?:of|from|after|following|since) (?:(?:the|a|an|your|our|its|their|initial|first|receiving|receipt of|being|is|we|you|us|it|date of|time of|day of) )*(report\w*|receipt|submission\w*|submit\w*|receiv\w*|triag\w*|assess\w*|confirm\w*|validat\w*|acknowledg\w*|fix\w*|patch\w*|releas\w*|resol\w*)\b/i;

/**
 * A duration counted from some point ("of", "from", "after" right after it). When
 * {@link ANCHOR_AFTER} does not recognise the point ("within 6 hours of the mailing list being
 * notified"), the duration is no promise the clocks can measure.
 */
export const ANY_ANCHOR_AFTER = /^\s?(?:of|from|following|since) \w/i;

/** "if": with a negation after it, a condition for escalating ("If you do not receive a reply within 6 days"). */
export const IF_WORD = /\bif\b/i;

/** An e-mail address. The lookbehind makes a match start only at the start of a run. */
export const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])/g;

/** An absolute URL; trailing punctuation is trimmed afterwards. */
export const URL = /\bhttps?:\/\/[^\s<>()[\]"'`]{1,2000}/gi;

/** A relative link to the repository's advisories page (`../../security/advisories/new`). */
export const RELATIVE_ADVISORIES = /(?<![\w./-])(?:\.\.?\/){0,6}security\/advisories(?:\/new)?(?![\w/-])/gi;

/**
 * GitHub private vulnerability reporting, by name: the feature, the "Report a vulnerability"
 * button, a draft security advisory, the Security tab.
 */
export const PRIVATE_REPORTING_PHRASE =
  /\b(?:private(?:ly)? vulnerability report\w*|["“'‘]report a vulnerability["”'’]|report a vulnerability button|(?:github(?:'s|’s)? )(?:security )?advisor(?:y|ies)(?: (?:feature|form|page|tab|workflow|process))?|(?:draft|private|new) (?:github )?security advisor(?:y|ies)|security tab)\b/gi;

/** A sentence about publishing or following advisories, not about reporting through them. */
export const ADVISORY_NOT_A_CHANNEL =
  /\b(?:publish\w*|announc\w*|credit\w*|subscrib\w*|follow\w*|notif\w*|disclos\w*)\b/i;

/** A sentence that talks about reporting or contacting: URLs in it are reporting channels. */
export const REPORTING_WORD =
  /\b(?:report\w*|submit\w*|send\w*|contact\w*|reach\w*|disclos\w*|notif\w*|e-?mail\w*|bount\w*|form|inform|tell us|let us know)\b/i;

/** A verb that sends a report somewhere (narrower than {@link REPORTING_WORD}). */
export const REPORTING_VERB = /\b(?:report\w*|submit\w*|send\w*|contact\w*|open|create|use)\b/i;

/** A heading over a reporting or contact section. */
export const REPORTING_HEADING = /\b(?:report\w*|contact\w*|disclos\w*|bount\w*|vulnerabilit\w*)\b/i;

/** An instruction to use a public issue tracker or discussions. */
export const PUBLIC_ISSUE_INSTRUCTION =
  /\b(?:(?:open|create|file|submit|raise|post|log|report(?: it| them)?(?: in| on| via| through| using| as)?)(?: (?:a|an|new|public|github|regular|normal))+ (?:issue|discussion)s?|issue tracker|(?:github|public) (?:issue|discussion)s?)\b/gi;

/** Negation before an instruction in the same sentence: "do NOT open a public issue". */
export const NEGATION = /\b(?:not|never|don'?t|do not|avoid\w*|instead of|rather than|no)\b|n['’]t\b/i;

/** A sentence that sends only non-security matters to issues. */
export const NON_SECURITY_MATTER =
  /\b(?:non-security|not security|non-sensitive|general|feature requests?|other bugs?|regular bugs?|questions?)\b/i;

/** A bracketed slot: `[Your Security Email]`, `[To be defined]`, not a link or checkbox. */
export const BRACKET_SLOT = /\[([^[\]]{2,80})\](?![([:])/g;

/** An angle-bracket slot in raw markdown: `<your-email>`, `<INSERT CONTACT>`. */
export const ANGLE_SLOT = /<([^<>/!\n][^<>\n]{1,79})>/g;

/** A template variable: `{{ security_email }}`. */
export const CURLY_SLOT = /\{\{ ?([^{}]{1,60}) ?\}\}/g;

/** An upper-case slot: `YOUR_EMAIL_HERE`, `INSERT-CONTACT`. Case-sensitive on purpose. */
export const UPPER_SLOT = /\b(?:YOUR|INSERT|ENTER|ADD)[_-][A-Z0-9_-]{2,40}\b/g;

/** Words that make a bracketed or angled text a template slot. */
export const SLOT_WORDS =
  /\b(?:your|add|insert|enter|replace|fill in|tbd|tba|todo|fixme|to be (?:defined|determined|decided|added|confirmed|announced|updated|provided|published|released|filled|set up|created)|placeholder|current date|date|e-?mail|contact|name|link|url|address|phone|website|domain|company|owner|repo|username)\b/i;

/** Slot words that mean a contact belongs there. */
export const CONTACT_SLOT_WORDS =
  /\b(?:e-?mail|contact|security team|phone|address|pgp|gpg|domain|report|reach|url|link|website)\b/i;

/** Slot words that mean something other than a contact (a date, a version, a project name). */
export const NON_CONTACT_SLOT_WORDS = /\b(?:date|version|year|project name|license|name of)\b/i;

/** A label before a slot saying a contact belongs there: "Email:", "Primary:", "send to:". */
export const CONTACT_LABEL =
  /\b(?:e-?mail(?: address)?|contact|primary|backup|secondary|security (?:team|contact)|report|send|(?:pgp|gpg)(?: key)?|phone|reach)\w{0,12} ?(?:to)? ?:? ?$/i;

/** A contact label followed by a word that means "nothing yet". Group 1 is the word. */
export const LABEL_WITHOUT_VALUE =
  /\b(?:e-?mail|contact|security contact|phone|pgp key) ?: ?(TBD|TBA|TODO|N\/A|none yet|xxx+|\?\?\?)(?![\w/])/gi;

/** Sentences left from a template: GitHub's default SECURITY.md and common generators. */
export const TEMPLATE_SENTENCE =
  /\b(?:use this section to|tell them where to go|replace this (?:section|text|file|template|with)|lorem ipsum|describe here|add your (?:security )?(?:policy|contact|e-?mail) here)\b/i;

/** A sentence that starts as a to-do note: "TODO: add the security contact". */
export const TODO_SENTENCE = /^(?:TODO|TBD|FIXME)\b/;

/** Supported-version marks. Group 1: supported; group 2: unsupported; group 3: partly supported. */
export const VERSION_MARK =
  /(✅|✔|✓|☑|🟢|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:|:green_circle:|:check:)|(❌|✖|✗|✘|⛔|🚫|🔴|:x:|:no_entry:|:no_entry_sign:|:heavy_multiplication_x:|:red_circle:|:negative_squared_cross_mark:)|(⚠|🟡|:warning:|:yellow_circle:)/;

/** Supported-version words. Group 1: unsupported; group 2: supported. The first to occur wins. */
export const VERSION_WORD =
  /\b(no|not|unsupported|eol|end[- ]of[- ]life|deprecated|discontinued|false|none)\b|\b(yes|supported|active|lts|current|maintained|true|security (?:fixes|updates|patches)|critical (?:fixes|updates)|partial\w*|limited)\b/i;

/** A supported-versions table's version column header. */
export const VERSION_HEADER = /\b(?:versions?|releases?|branch(?:es)?|series)\b/i;

/** A supported-versions table's status column header. */
export const SUPPORT_HEADER = /\b(?:support\w*|status|maintained|security|eol|patch\w*)\b/i;

/** A markdown list marker at the start of a line. */
export const LIST_MARKER = /^ {0,12}(?:[-*+]|\d{1,9}[.)])(?: |$)/;

/** A task-list box right after a list marker. */
export const TASK_BOX = /^\[[ xX]\] ?/;

/** A markdown image: `![alt](src)`. */
export const IMAGE = /!\[([^[\]]{0,500})\]\([^()]{0,2000}\)/g;

/** A markdown link: `[text](url "title")`. */
export const LINK = /\[([^[\]]{0,500})\]\( ?<?([^()\s<>]{0,2000})>?(?: "[^"]{0,300}")? ?\)/g;

/** A reference link: `[text][ref]`. */
export const REFERENCE_LINK = /\[([^[\]]{0,500})\]\[[^[\]]{0,100}\]/g;

/** An autolink: `<https://…>`, `<mailto:…>`, `<a@b.c>`. */
export const AUTOLINK = /<((?:https?:\/\/|mailto:)[^<>\s]{1,2000}|[^<>\s@]{1,64}@[^<>\s@]{1,255})>/gi;

/** An HTML tag, with an optional `href` kept by the caller. */
export const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/g;

/** The `href` of an HTML tag. */
export const HREF = /\bhref ?= ?["']?([^"'\s<>]{1,2000})/i;

/** HTML entities the parser decodes. */
export const ENTITY = /&(?:#(\d{1,6})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

/** An obfuscated `@`: `name [at] example [dot] org`. */
export const OBFUSCATED_AT = / ?[[({] ?at ?[\])}] ?/gi;

/** An obfuscated `.`. */
export const OBFUSCATED_DOT = / ?[[({] ?dot ?[\])}] ?/gi;

/** A backslash escape. */
export const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** Emphasis and code markers. */
export const EMPHASIS = /\*+|~~|`+/g;

/** Underscores that mark emphasis: not between letters or digits (`john_doe@…` keeps its `_`). */
export const EMPHASIS_UNDERSCORE = /(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g;

/** Whitespace of any kind, including no-break and ideographic spaces. */
export const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Characters that take no space: zero-width spaces and joiners, BOM, soft hyphen. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Line breaks of every kind. */
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** A GitHub alert marker at the start of a blockquote: `[!NOTE]`. */
export const ALERT_MARKER = /^\[![A-Za-z]{1,10}\] ?/;
