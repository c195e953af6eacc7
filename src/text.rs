//! Text folding shared by search (at run time) and `build.rs` (which bakes each point's
//! search text), so a query and the text it is matched against are folded the same way.

/// Lower-cases and removes pinyin tone marks: `Shènshū` → `shenshu`, `Lǚ` → `lu`.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ā' | 'á' | 'ǎ' | 'à' => 'a',
            'ē' | 'é' | 'ě' | 'è' => 'e',
            'ī' | 'í' | 'ǐ' | 'ì' => 'i',
            'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
            'ū' | 'ú' | 'ǔ' | 'ù' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// `fold`, then only letters, digits and CJK kept: `Shèn-shū` → `shenshu`, `bl 23` → `bl23`.
pub fn compact(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_tones_case_and_umlaut() {
        assert_eq!(fold("Shènshū"), "shenshu");
        assert_eq!(fold("Sānyīnjiāo"), "sanyinjiao");
        assert_eq!(fold("LǙ"), "lu");
        assert_eq!(compact("Bl 23"), "bl23");
        assert_eq!(compact("腎俞"), "腎俞");
    }
}
