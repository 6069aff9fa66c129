//! Officers' names and township names.

use super::dice::{Dice, chance, pick};
use rand::RngExt;

/// Common surnames with their pinyin and a weight (roughly their share of the
/// population in tenths of a percent), so 王, 李 and 张 come up most.
const SURNAMES: [(&str, &str, u32); 50] = [
    ("王", "Wang", 72),
    ("李", "Li", 72),
    ("张", "Zhang", 69),
    ("刘", "Liu", 54),
    ("陈", "Chen", 46),
    ("杨", "Yang", 31),
    ("黄", "Huang", 24),
    ("赵", "Zhao", 23),
    ("吴", "Wu", 21),
    ("周", "Zhou", 21),
    ("徐", "Xu", 17),
    ("孙", "Sun", 15),
    ("马", "Ma", 15),
    ("朱", "Zhu", 14),
    ("胡", "Hu", 13),
    ("郭", "Guo", 12),
    ("何", "He", 12),
    ("高", "Gao", 11),
    ("林", "Lin", 11),
    ("罗", "Luo", 10),
    ("郑", "Zheng", 10),
    ("梁", "Liang", 9),
    ("谢", "Xie", 8),
    ("宋", "Song", 8),
    ("唐", "Tang", 8),
    ("许", "Xu", 7),
    ("韩", "Han", 7),
    ("冯", "Feng", 7),
    ("邓", "Deng", 7),
    ("曹", "Cao", 6),
    ("彭", "Peng", 6),
    ("曾", "Zeng", 6),
    ("肖", "Xiao", 6),
    ("田", "Tian", 5),
    ("董", "Dong", 5),
    ("袁", "Yuan", 5),
    ("潘", "Pan", 5),
    ("于", "Yu", 5),
    ("蒋", "Jiang", 5),
    ("蔡", "Cai", 5),
    ("余", "Yu", 5),
    ("杜", "Du", 5),
    ("叶", "Ye", 4),
    ("程", "Cheng", 4),
    ("苏", "Su", 4),
    ("魏", "Wei", 4),
    ("吕", "Lyu", 4),
    ("丁", "Ding", 4),
    ("任", "Ren", 4),
    ("沈", "Shen", 4),
];

/// Characters common in men's given names.
const MALE: [&str; 48] = [
    "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "斌",
    "宇", "浩", "凯", "健", "俊", "峰", "波", "鑫", "亮", "龙", "林", "海", "东", "建", "国", "志",
    "文", "新", "永", "成", "庆", "春", "德", "晓", "光", "天", "宏", "振", "立", "金", "洪", "博",
];

/// Characters common in women's given names.
const FEMALE: [&str; 24] = [
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "燕", "红", "梅", "琳", "雪", "婷",
    "倩", "颖", "慧", "丹", "萍", "莉", "兰", "洁",
];

/// Given names for the few officers whose names are on file in pinyin only.
const PINYIN_GIVEN: [&str; 12] = [
    "Wei", "Lei", "Jun", "Tao", "Hao", "Jianguo", "Zhiqiang", "Xiaoming", "Haiyang", "Yufei",
    "Jing", "Min",
];

/// Share of officers whose name is on file in pinyin.
const PINYIN_SHARE: f64 = 0.03;
/// Share of women among officers (public security forces are mostly men).
const WOMEN_SHARE: f64 = 0.15;
/// Share of given names of one character (most have two).
const ONE_CHARACTER_SHARE: f64 = 0.3;

fn surname(rng: &mut Dice) -> (&'static str, &'static str) {
    let total: u32 = SURNAMES.iter().map(|s| s.2).sum();
    let mut r = rng.random_range(0..total);
    for (han, pinyin, weight) in SURNAMES {
        if r < weight {
            return (han, pinyin);
        }
        r -= weight;
    }
    unreachable!("r is below the total weight")
}

fn given_name(rng: &mut Dice) -> String {
    let pool: &[&str] = if chance(rng, WOMEN_SHARE) {
        &FEMALE
    } else {
        &MALE
    };
    let first = pick(rng, pool);
    if chance(rng, ONE_CHARACTER_SHARE) {
        return first.to_string();
    }
    // A doubled character (婷婷) is a nickname style; draw the second again once.
    let mut second = pick(rng, pool);
    if second == first {
        second = pick(rng, pool);
    }
    format!("{first}{second}")
}

/// A realistic officer's name: mostly in Chinese characters, a few in pinyin.
pub fn person(rng: &mut Dice) -> String {
    let (han, pinyin) = surname(rng);
    if chance(rng, PINYIN_SHARE) {
        format!("{pinyin} {}", pick(rng, &PINYIN_GIVEN))
    } else {
        format!("{han}{}", given_name(rng))
    }
}

/// First syllables of generated township names.
const PREFIXES: [&str; 30] = [
    "东", "西", "南", "北", "高", "黄", "白", "青", "石", "马", "金", "龙", "凤", "红", "天", "水",
    "松", "杨", "莲", "大", "小", "上", "下", "中", "古", "柳", "桃", "花", "云", "平",
];
/// Second syllables of generated township names.
const SUFFIXES: [&str; 20] = [
    "坪", "山", "河", "桥", "岭", "口", "塘", "庄", "沟", "铺", "坝", "滩", "园", "关", "镇", "湖",
    "店", "江", "湾", "林",
];

/// The `k`-th generated township name. The first 600 are distinct two-syllable
/// names ("高桥"), stepped so that consecutive names differ in both
/// syllables; beyond that a round number is added ("高桥2").
pub fn township(k: usize) -> String {
    let (p, s) = (PREFIXES.len(), SUFFIXES.len());
    let within = k % (p * s);
    // (within % p, within / p + within % p) runs over every pair exactly once.
    let prefix = PREFIXES[within % p];
    let suffix = SUFFIXES[(within / p + within % p) % s];
    match k / (p * s) {
        0 => format!("{prefix}{suffix}"),
        round => format!("{prefix}{suffix}{}", round + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn township_names_are_distinct() {
        let names: BTreeSet<String> = (0..1500).map(township).collect();
        assert_eq!(names.len(), 1500);
        assert_eq!(township(0), "东坪");
    }

    #[test]
    fn names_are_mostly_chinese() {
        let mut rng = super::super::dice::dice(1);
        let names: Vec<String> = (0..1000).map(|_| person(&mut rng)).collect();
        let pinyin = names.iter().filter(|n| n.is_ascii()).count();
        assert!(pinyin > 0 && pinyin < 100, "{pinyin}");
        assert!(names.iter().all(|n| !n.is_empty()));
        assert!(names.iter().filter(|n| n.starts_with('王')).count() > 50);
    }
}
