//! A stable sort for the first path's short lists (at most the catalog's 409 points): insertion
//! sort on keys worked out once. The standard library's stable sort costs about 3 KB of wasm
//! for each use, and the main module is what every page waits for (docs/code-size.md).

/// Sorts `items` by `key`, keeping the order of equal keys.
pub fn sort_by_key<T: Copy, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut keyed: Vec<(K, T)> = items.iter().map(|t| (key(t), *t)).collect();
    for i in 1..keyed.len() {
        let mut j = i;
        while j > 0 && keyed[j - 1].0 > keyed[j].0 {
            keyed.swap(j - 1, j);
            j -= 1;
        }
    }
    items.clear();
    items.extend(keyed.into_iter().map(|(_, t)| t));
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_by_key_and_keeps_ties_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        super::sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut many: Vec<u32> = (0..409).rev().collect();
        super::sort_by_key(&mut many, |&x| x);
        assert!(many.windows(2).all(|w| w[0] < w[1]));
    }
}
