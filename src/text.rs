//! Text helpers: folding, shared by search and by `catalog::point` so a query and the text it
//! is matched against are folded the same way, and short decimals for SVG and the card.

/// Lower-cases and removes pinyin tone marks: `Shènshū` → `shenshu`, `Lǚ` → `lu`; a curly
/// apostrophe is a straight one (`Bell’s` → `bell's`); 疼 (pain, as said) reads as 痛 (as
/// written), so 头疼 finds 头痛; the older forms the WHO standard prints in the points'
/// Traditional names read as the forms readers type (腎兪 as 腎俞, 靑靈 as 青靈), and the forms
/// Taiwan and Hong Kong write where the standard prints another (內庭 as its 内庭, 懸鐘 as 懸鍾,
/// 魄戶 as 魄户, 靈台 as 靈臺, 厲兑 as 厲兌); full-width letters, digits and signs, as a
/// Chinese or Japanese input method types them, are their ASCII (`ＧＢ３０` → `gb30`).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    lower_each(text, |c| folded.push(if c.is_ascii() { c } else { folded_char(c) }));
    folded
}

/// The English ordinals a location counts bones, spaces and digits with, in words and in
/// digits.
const ORDINALS: [(&str, &str); 12] = [
    ("first", "1st"),
    ("second", "2nd"),
    ("third", "3rd"),
    ("fourth", "4th"),
    ("fifth", "5th"),
    ("sixth", "6th"),
    ("seventh", "7th"),
    ("eighth", "8th"),
    ("ninth", "9th"),
    ("tenth", "10th"),
    ("eleventh", "11th"),
    ("twelfth", "12th"),
];

/// A folded query word with its ordinal written the other way, as the texts write either: in
/// English, in digits or in words (`sixth` → `6th`, `12th` → `twelfth`); in Chinese, 第 and a
/// number in characters in digits, as the texts write it (`第六肋间` → `第6肋间`, `第十二肋` →
/// `第12肋`). `None` for a word without one.
pub fn ordinal_respelled(word: &str) -> Option<String> {
    if let Some((words, digits)) = ORDINALS.iter().find(|(words, digits)| *words == word || *digits == word) {
        return Some(if *words == word { digits } else { words }.to_string());
    }
    // 一 to 九 are 1 to 9, 十 10: 十二 12, 二十 20, 二十一 21.
    let (before, after) = word.split_once('第')?;
    let (mut tens, mut ones, mut read) = (0, 0, 0);
    for c in after.chars().take(3) {
        match "一二三四五六七八九十".chars().position(|n| n == c) {
            Some(9) if tens == 0 => (tens, ones) = (ones.max(1), 0),
            Some(digit) if ones == 0 && digit < 9 => ones = digit + 1,
            _ => break,
        }
        read += c.len_utf8();
    }
    let number = tens * 10 + ones;
    if number == 0 {
        return None;
    }
    let mut respelled = format!("{before}第");
    if tens > 0 {
        respelled.push(char::from(b'0' + tens as u8));
    }
    respelled.push(char::from(b'0' + ones as u8));
    respelled.push_str(&after[read..]);
    Some(respelled)
}

/// The spine's regions as the texts name a vertebra (`seventh cervical vertebra`, 第7颈椎,
/// 第7頸椎), with the letter of its label (`C7`).
const SPINE: [(&str, char, &str); 4] = [("cervical", 'c', "颈頸"), ("thoracic", 't', "胸"), ("lumbar", 'l', "腰"), ("sacral", 's', "骶")];

/// A folded text with each vertebra it names as its label, as readers and the WHO standard
/// write it: "below the spinous process of the seventh cervical vertebra (c7)", "below the c7
/// spinous process" and "below c7" are all "below c7", 第七颈椎棘突下 and 第7颈椎棘突（c7）下 both
/// "c7 下" (GV14). Search reads its texts and its queries so, so that a query finds the words
/// where they stand together however either spells the vertebra. `None` for a text that names
/// none.
pub fn vertebrae_labelled(folded: &str) -> Option<String> {
    if !["vertebra", "spinous", "椎", "棘突"].iter().any(|w| folded.contains(w)) {
        return None;
    }
    let mut out = String::with_capacity(folded.len());
    let mut rest = folded;
    while let Some((at, label, end)) = next_vertebra(rest) {
        let before = &rest[..at];
        // The spinous process is the vertebra's, as a reader means it (`below c7`).
        let before = ["the spinous process of the ", "the spinous process of ", "spinous process of the ", "spinous process of "]
            .iter()
            .find_map(|p| before.strip_suffix(p))
            .unwrap_or(before);
        out.push_str(before);
        // A word of its own beside Chinese words (`c7 下`), as search reads a query's words.
        if out.ends_with(is_han) {
            out.push(' ');
        }
        out.push_str(&label);
        rest = &rest[end..];
        // The label's own spinous process (`c7 spinous process`, 第7颈椎棘突), then the label
        // after it (`(c7)`), which the text spelt it out for.
        for after in [" spinous process", "棘突"] {
            rest = rest.strip_prefix(after).unwrap_or(rest);
        }
        for after in [format!(" ({label})"), format!("({label})")] {
            rest = rest.strip_prefix(after.as_str()).unwrap_or(rest);
        }
        for after in [format!(" ({label}, "), format!("({label},")] {
            if let Some(r) = rest.strip_prefix(after.as_str()) {
                out.push_str(" (");
                rest = r;
            }
        }
        if rest.starts_with(is_han) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    (out != folded).then_some(out)
}

/// The next vertebra `text` names, spelt out (`seventh cervical vertebra`, `7th thoracic
/// vertebrae`, 第七颈椎, 第7胸椎) or by its label (`c7`, `t12`: a word of its own): where it
/// starts, its label and where it ends.
fn next_vertebra(text: &str) -> Option<(usize, String, usize)> {
    let mut from = 0;
    loop {
        let rest = &text[from..];
        let at = rest.find(|c: char| matches!(c, 'c' | 't' | 'l' | 'f' | 's' | 'e' | 'n' | '第') || c.is_ascii_digit())?;
        let start = from + at;
        let here = &text[start..];
        let after_word = start == 0 || !text[..start].ends_with(|c: char| c.is_ascii_alphanumeric());
        if after_word {
            if let Some(found) = spelt_vertebra(here).or_else(|| labelled_vertebra(here)) {
                return Some((start, found.0, start + found.1));
            }
        }
        from = start + here.chars().next().map_or(1, char::len_utf8);
    }
}

/// Whether a folded word is a vertebra's label (`c7`, `t12`, `l4`, `s2`): a region's letter and
/// 1 to 12. (Bytes, not a parsed number: search's every query asks, in the first path's wasm.)
pub fn is_vertebra(word: &str) -> bool {
    match word.as_bytes() {
        [letter, number @ ..] if SPINE.iter().any(|(_, l, _)| *l as u8 == *letter) => match number {
            [digit] => (b'1'..=b'9').contains(digit),
            [b'1', digit] => (b'0'..=b'2').contains(digit),
            _ => false,
        },
        _ => false,
    }
}

/// A vertebra's label at the start of `text` (`c7`, `t12`, as a word): it and its length.
fn labelled_vertebra(text: &str) -> Option<(String, usize)> {
    let end = 1 + text.bytes().skip(1).take_while(u8::is_ascii_digit).count();
    let label = text.get(..end).filter(|label| is_vertebra(label))?;
    let word_ends = !text[end..].starts_with(|c: char| c.is_ascii_alphanumeric());
    word_ends.then(|| (label.to_string(), end))
}

/// A vertebra's label: its region's letter and its number (1 to 12, as the texts count).
fn label(letter: char, number: usize) -> String {
    let mut label = String::from(letter);
    if number >= 10 {
        label.push('1');
    }
    label.push(char::from(b'0' + (number % 10) as u8));
    label
}

/// A vertebra spelt out at the start of `text`: its label and length.
fn spelt_vertebra(text: &str) -> Option<(String, usize)> {
    if let Some(after) = text.strip_prefix('第') {
        let digits: String = after.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).collect();
        let number = ordinal_respelled(&format!("第{digits}"))
            .as_deref()
            .and_then(|r| r.strip_prefix('第'))
            .unwrap_or(&digits)
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=12).contains(n))?;
        let mut chars = after[digits.len()..].chars();
        let region = chars.next()?;
        let letter = SPINE.iter().find(|(.., hanzi)| hanzi.contains(region))?.1;
        (chars.next()? == '椎').then(|| (label(letter, number), text.len() - chars.as_str().len()))
    } else {
        let (ordinal, rest) = text.split_once(' ')?;
        let number = ORDINALS.iter().position(|(words, digits)| *words == ordinal || *digits == ordinal)? + 1;
        let (region, rest) = rest.split_once(' ')?;
        let letter = SPINE.iter().find(|(name, ..)| *name == region)?.1;
        let tail = rest.strip_prefix("vertebrae").or_else(|| rest.strip_prefix("vertebra"))?;
        Some((label(letter, number), text.len() - tail.len()))
    }
}

/// Each character of `text` lower-cased, full-width ones as their ASCII, given to `each`.
/// (ASCII and hanzi, most of a text, without the look-up in Unicode's case tables: the
/// search's indexes fold every text of every point, and that look-up was a third of their
/// work.)
fn lower_each(text: &str, mut each: impl FnMut(char)) {
    for c in text.chars() {
        if c.is_ascii() {
            each(c.to_ascii_lowercase());
        } else if is_han(c) {
            each(c);
        } else {
            c.to_lowercase().map(half_width).for_each(&mut each);
        }
    }
}

/// A lower-case letter or sign as [`fold`] reads it.
fn folded_char(c: char) -> char {
    match c {
        'ā' | 'á' | 'ǎ' | 'à' => 'a',
        'ē' | 'é' | 'ě' | 'è' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' => 'u',
        // An apostrophe as a phone's keyboard types it (Bell’s palsy) and as a desktop's.
        '’' | '‘' => '\'',
        // Pain as said (头疼) and as written (头痛).
        '疼' => '痛',
        '兪' => '俞',
        '靑' => '青',
        '淸' => '清',
        '谿' => '溪',
        '顖' => '囟',
        '兎' => '兔',
        '瘂' => '啞',
        '內' => '内',
        '鐘' => '鍾',
        '戶' => '户',
        '臺' => '台',
        '兌' => '兑',
        other => other,
    }
}

/// English words a reader writes around what they look for (`points for headache`, `the point
/// for hiccups`, `acupressure for insomnia`, `what helps constipation`, `points to avoid in
/// pregnancy`, `contraindicated in pregnancy`; a question about a point, `where is hegu`, `how
/// to find neiguan`, `ST36 uses`, `zusanli benefits`; what the reader does with it, `moxa
/// st36`, `needling gb21`), and what readers write about themselves (`i have a headache`, `what
/// can i do for a bad headache`, `feeling dizzy`, `severe back pain`, `stroke recovery`; how it
/// goes on, `i keep getting headaches`, `always tired`, `hiccups won't stop`; what they cannot
/// do, `can't fall asleep`, `unable to sleep`; as they ask, `i'm tired`, `what's good for
/// headache`, `something for nausea`, `trying to conceive`; about a place, `points around the
/// eyes`, `near the knee`), which
/// search leaves out where they are a word of the query (`pressure` too, before `point`:
/// `crate::search`), and which a search word of `points/` may hold (`pins and needles`,
/// `feeling sick`: it is `sick`). A query of them alone is searched as typed (`moxibustion`).
const FILLER: &str = "a an the for of in on at to with and or my what which how best good help helps treat \
    treating treatment relieve relief cure point points acupoint acupoints acupuncture acupressure \
    avoid contraindicated contraindication contraindications forbidden \
    where is are find locate located location position use uses used benefit benefits indication \
    indications effect effects function functions massage massaging press pressing rub rubbing moxa \
    moxibustion needle needling i me have has had having get getting got feel feeling feels bad severe mild \
    very really suffer suffering from symptom symptoms rehab rehabilitation recovery do does did can could \
    should safe safely when during while better improve improving trouble difficulty problem problems issues that \
    keep keeps always constantly won't wont i'm im i've ive i'd am can't cant cannot unable what's whats it's its \
    that's there's where's something anything trying try hoping around near";

/// Two words that name one thing together where one of them alone is [`FILLER`], kept where they
/// stand so: dry needling is not needling (`dry needling`, a search word:
/// [`crate::prose::DRY_NEEDLING`]), bad breath not every text's "shortness of breath", and
/// getting pregnant is not being pregnant (`can't get pregnant`: infertility, not the points to
/// avoid in pregnancy), feeling low or down is not the low back or what goes down.
pub const KEPT_TOGETHER: [(&str, &str); 8] = [
    ("dry", "needle"),
    ("dry", "needles"),
    ("dry", "needling"),
    ("bad", "breath"),
    ("get", "pregnant"),
    ("getting", "pregnant"),
    ("feeling", "low"),
    ("feeling", "down"),
];

/// Whether a folded word is one of [`FILLER`].
pub fn is_filler(word: &str) -> bool {
    // (A word the list does not hold is none: one look through it, not one for each word.)
    FILLER.contains(word) && FILLER.split(' ').any(|f| f == word)
}

/// Whether `c` is a Chinese character (the unified ideographs and their first extension, all
/// three bytes in UTF-8).
pub fn is_han(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c)
}

/// `fold`, then only letters, digits and CJK kept: `Shèn-shū` → `shenshu`, `bl 23` → `bl23`.
pub fn compact(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Pinyin written with tone numbers, as in many textbooks and notes (`zu3 san1 li3`,
/// `Shen4shu1`), as [`compact`] spells the pinyin: `zusanli`. `None` for anything else: a code
/// such as `li3` or `bl23` (one syllable, or a number of two digits) stays a code.
pub fn numbered_pinyin(text: &str) -> Option<String> {
    let compact = compact(text);
    let mut letters = String::new();
    let (mut tones, mut run) = (0, 0);
    for c in compact.chars() {
        match c {
            '1'..='5' if run > 0 => {
                tones += 1;
                run = 0;
            }
            c if c.is_ascii_lowercase() => {
                letters.push(c);
                run += 1;
            }
            _ => return None,
        }
    }
    (tones >= 2).then_some(letters)
}

/// The tones a pinyin spelling gives, in order, as digits: its tone marks (`Fútù`: `24`) or
/// its tone numbers (`fu2 tu4`); the neutral tone (no mark, or `5`) gives none.
pub fn tones(text: &str) -> String {
    const MARKS: [&str; 4] = ["āēīōūǖĀĒĪŌŪǕ", "áéíóúǘÁÉÍÓÚǗ", "ǎěǐǒǔǚǍĚǏǑǓǙ", "àèìòùǜÀÈÌÒÙǛ"];
    text.chars()
        .filter_map(|c| match c {
            '1'..='4' => Some(c),
            _ => MARKS.iter().position(|marks| marks.contains(c)).map(|tone| char::from(b'1' + tone as u8)),
        })
        .collect()
}

/// A typed point code folded for look-up: lower case, letters and digits only (full-width ones
/// as their ASCII), and unlike [`compact`] with umlauts kept (German `Dü` is SI, `Du` is GV):
/// `Bl 40` → `bl40`, `ＧＢ３０` → `gb30`.
pub fn compact_code(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    lower_each(text, |c| {
        if c.is_alphanumeric() {
            code.push(c);
        }
    });
    code
}

/// A full-width form (U+FF01–U+FF5E: `Ｇ`, `３`, `（`) as its ASCII character, and the
/// ideographic space as a space; any other character as it is.
fn half_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A point's name as Chinese readers often write it, with 穴 ("point") or 穴位 after it
/// (`足三里穴`): the name without it, or `None` if the text has neither ending. A caller
/// tries the text whole first: 气穴 (KI13) is itself a name.
pub fn without_point_word(text: &str) -> Option<&str> {
    ["穴位", "穴"].iter().find_map(|end| text.trim_end().strip_suffix(end)).map(str::trim_end).filter(|name| !name.is_empty())
}

/// Writes `x` with at most `places` decimals (up to 4) and no trailing zeros: `153.3`, `0.5`,
/// `2`, `-0.25`. Rust's own float formatting is about 40 KB of wasm, for numbers that only
/// ever need a fixed number of places (SVG coordinates, cun, zoom).
pub fn push_decimal(out: &mut String, x: f32, places: u32) {
    let places = places.min(4);
    let scale = 10_i64.pow(places);
    let scaled = if x.is_finite() { (f64::from(x) * scale as f64).round() as i64 } else { 0 };
    if scaled < 0 {
        out.push('-');
    }
    let scaled = scaled.unsigned_abs();
    let (whole, mut fraction) = (scaled / scale as u64, scaled % scale as u64);
    out.push_str(&whole.to_string());
    if fraction != 0 {
        out.push('.');
        let mut digits = places;
        while fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        let text = fraction.to_string();
        for _ in text.len()..digits as usize {
            out.push('0');
        }
        out.push_str(&text);
    }
}

/// [`push_decimal`] into a new string.
pub fn decimal(x: f32, places: u32) -> String {
    let mut out = String::new();
    push_decimal(&mut out, x, places);
    out
}

/// `numbers` at `places` decimals (as [`push_decimal`] writes them), separated by spaces.
pub fn push_numbers(out: &mut String, numbers: &[f32], places: u32) {
    for (i, n) in numbers.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_decimal(out, *n, places);
    }
}

/// An SVG path command and its numbers at one decimal: `C1.5 2 3.3 4 5 6`.
pub fn push_path_command(out: &mut String, command: char, numbers: &[f32]) {
    out.push(command);
    push_numbers(out, numbers, 1);
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// The `{placeholders}` a template holds, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    template.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

/// How a cell cites its sources, in each language: `(source: key)`, `（来源：key）`, `（來源：key）`.
pub const CITATIONS: [(&str, char); 3] = [("(source: ", ')'), ("（来源：", '）'), ("（來源：", '）')];

/// A citation in a text: where it stands, its brackets and label included, and the source keys
/// it names, in order.
pub struct Citation<'a> {
    pub at: std::ops::Range<usize>,
    pub keys: Vec<&'a str>,
}

/// The citations of `text`, `(source: key)` or `(source: key1, key2)` (in Chinese
/// `（来源：key）`), in the order they stand.
pub fn citations(text: &str) -> Vec<Citation<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    // Each time, the nearest opening in any language.
    let next = |from: usize| CITATIONS.iter().filter_map(|&(open, close)| Some((from + text[from..].find(open)?, open, close))).min_by_key(|&(start, ..)| start);
    while let Some((start, open, close)) = next(from) {
        let keys_at = start + open.len();
        from = keys_at;
        let Some(end) = text[keys_at..].find(close).map(|i| keys_at + i) else { continue };
        let keys = text[keys_at..end].split([',', '，']).map(str::trim).filter(|k| !k.is_empty()).collect();
        found.push(Citation { at: start..end + close.len_utf8(), keys });
        from = end;
    }
    found
}

/// A source as a table or a guide lists it, `"who-1999 World Health Organization. …"`: its key
/// (its first word, by which a text cites it) and what follows.
pub fn source_key_and_text(source: &str) -> (&str, &str) {
    let source = source.trim_start();
    source.split_once(char::is_whitespace).map_or((source, ""), |(key, text)| (key, text.trim_start()))
}

/// The source keys `text` cites ([`citations`]), in order.
pub fn cited_sources(text: &str) -> Vec<&str> {
    citations(text).into_iter().flat_map(|c| c.keys).collect()
}

/// A stylesheet as the widget ships it (build.rs): comments gone, each run of white space one
/// space or none beside `{ } ; , :` where CSS does not need it, and no `;` before `}`. Quoted
/// strings are kept as they are. It changes no rule, only the bytes a page downloads.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            '"' | '\'' => {
                if space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', ':', '(']) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c && !escaped {
                        break;
                    }
                    escaped = s == '\\' && !escaped;
                }
            }
            c if c.is_whitespace() => space = true,
            c => {
                // `a :hover` differs from `a:hover`: a space before a colon is kept.
                let tight = |d: char| matches!(d, '{' | '}' | ';' | ',');
                if space && !out.is_empty() && !tight(c) && !out.ends_with(|d| tight(d) || d == ':' || d == '(') {
                    out.push(' ');
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_are_found_where_they_stand_in_each_language() {
        let text = "Safe (source: white-2004). Better (source: vickers-2018, nice-ng59); 更好（来源：who-1999，gattie-2017）。 (source: open";
        let found = citations(text);
        let keys: Vec<_> = found.iter().map(|c| c.keys.clone()).collect();
        assert_eq!(keys, [vec!["white-2004"], vec!["vickers-2018", "nice-ng59"], vec!["who-1999", "gattie-2017"]]);
        assert_eq!(&text[found[0].at.clone()], "(source: white-2004)");
        assert_eq!(&text[found[2].at.clone()], "（来源：who-1999，gattie-2017）");
        assert_eq!(cited_sources(text), ["white-2004", "vickers-2018", "nice-ng59", "who-1999", "gattie-2017"]);
        assert_eq!(source_key_and_text(" who-1999  World Health Organization."), ("who-1999", "World Health Organization."));
        assert_eq!(source_key_and_text("who-1999"), ("who-1999", ""));
    }

    #[test]
    fn decimals_are_short_and_rounded() {
        let cases = [(153.3, 1, "153.3"), (153.3, 2, "153.3"), (2.0, 1, "2"), (0.05, 2, "0.05"), (-0.25, 2, "-0.25"), (-0.04, 1, "0"), (12.96, 1, "13"), (1.0 / 3.0, 2, "0.33")];
        for (x, places, text) in cases {
            assert_eq!(decimal(x, places), text, "{x} at {places}");
        }
        let mut d = String::new();
        push_path_command(&mut d, 'C', &[1.5, 2.0, -3.33]);
        assert_eq!(d, "C1.5 2 -3.3");
        let mut numbers = String::new();
        push_numbers(&mut numbers, &[-12.345, 0.0, 360.0], 2);
        assert_eq!(numbers, "-12.35 0 360");
    }

    #[test]
    fn a_minified_stylesheet_keeps_every_rule() {
        let css = "/* frame */\n:host {\n  --acu-bg: #fff;\n  font: 14px/1.4 system-ui, sans-serif;\n}\n.a :is(.b, .c) > li::before {\n  content: \"/* \\\" ;  \";\n  width: calc(100% - 2px);\n}\n@media (min-width: 760px) and (prefers-reduced-motion: reduce) { .m { x: y } }\n";
        assert_eq!(
            minify_css(css),
            ":host{--acu-bg:#fff;font:14px/1.4 system-ui,sans-serif}.a :is(.b,.c) > li::before{content:\"/* \\\" ;  \";width:calc(100% - 2px)}@media (min-width:760px) and (prefers-reduced-motion:reduce){.m{x:y}}"
        );
    }

    #[test]
    fn folds_tones_case_and_umlaut() {
        assert_eq!(fold("Shènshū"), "shenshu");
        assert_eq!(fold("Sānyīnjiāo"), "sanyinjiao");
        assert_eq!(fold("LǙ"), "lu");
        assert_eq!(compact("Bl 23"), "bl23");
        assert_eq!(compact("腎俞"), "腎俞");
    }

    #[test]
    fn reads_tones_from_marks_and_numbers() {
        assert_eq!(tones("Fútù"), "24");
        assert_eq!(tones("fu2 tu4"), "24");
        assert_eq!(tones("Ěrjiān"), "31");
        assert_eq!(tones("LǙ"), "3");
        assert_eq!(tones("ma5 Futu 环跳"), "");
    }
}
