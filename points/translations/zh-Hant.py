#!/usr/bin/env python3
"""Writes the Traditional Chinese data (zh-Hant) from the Simplified (zh-Hans): the files of
points/ in zh-Hant folders, the rules' zh-Hant cautions, and src/strings.rs's ZH_HANT strings.

The Traditional text is the Simplified text in Traditional characters, Taiwan's standard forms
(OpenCC's `s2tw`: character by character, with its phrase tables for the characters that have
more than one Traditional form, 干 → 乾/幹, 发 → 發/髮, 冲 → 衝/沖), and the point names OpenCC gets
wrong put right (`NAMES`). It is not a second translation: correct the Simplified and run this
again, or correct a Traditional file by hand and add the fix to `FIXES` so that it survives the
next run. Needs `pip install opencc`; the build and the tests do not run it.

    python3 points/translations/zh-Hant.py        # from the repository's root
"""
import pathlib
import re

import opencc

# Point names OpenCC writes as a word they are not (阳谷 is a valley, not grain; 建里 and 通里 are
# a village, not "inside"; 太冲 is a thoroughfare, 衝; 球后 is "behind", 後).
NAMES = {"陽穀": "陽谷", "建裡": "建里", "通裡": "通里", "太沖": "太衝", "球后": "球後"}
# Words OpenCC converts one way that the context wants another: 干针 is dry (乾) needling, 和面部
# is "and the face", not dough (麵); 脏 is always an organ (臟) here, 姜 always ginger (薑); 完谷不化
# is undigested grain (穀). And the words Taiwan's readers use for a study's data (資料) and the
# quality of its evidence (品質).
FIXES = {
    "幹針": "乾針", "“幹”": "“乾”", "和麵": "和面", "肩膀后角": "肩膀後角", "是隻能": "是只能",
    "多采用": "多採用", "完谷": "完穀", "食谷": "食穀", "髒": "臟", "姜": "薑",
    "數據": "資料", "質量": "品質",
    # Dry (乾) cotton, eyes and throat; the brachiocephalic trunk (幹); turning yellow or red (發),
    # not white hair or hair (髮); the hairline (髮際); raising yang (升陽); giant-cell (巨細胞);
    # warding off wind (禦); curling the tongue and the toes (捲); the loose stools of TCM (泄瀉);
    # damp as Taiwan's TCM writes it (濕); healing (癒).
    "幹棉球": "乾棉球", "眼睛幹": "眼睛乾", "咽喉幹痛": "咽喉乾痛", "頭臂乾": "頭臂幹",
    "眼白髮黃": "眼白發黃", "鼻頭髮紅": "鼻頭發紅", "自發際": "自髮際", "昇陽": "升陽",
    "鉅細胞": "巨細胞", "固表御風": "固表禦風", "舌上卷": "舌上捲", "卷趾": "捲趾",
    "洩瀉": "泄瀉", "溼": "濕", "不愈": "不癒",
    # The words Taiwan's readers use: a screen, a meta-analysis, a systematic review, Cochrane,
    # paracetamol, NSAIDs, aspirin, carpal tunnel and cauda equina syndromes, a stroke.
    "屏幕": "螢幕", "薈萃分析": "統合分析", "系統評價": "系統性回顧", "考克蘭": "考科藍",
    "對乙酰氨基酚": "乙醯胺酚", "非甾體抗炎藥": "非類固醇抗發炎藥", "阿司匹林": "阿斯匹靈",
    "腕管綜合徵": "腕隧道症候群", "馬尾綜合徵": "馬尾症候群", "卒中": "中風",
    # And the words Taiwan's patients read on a leaflet or a consent form: disposable (拋棄式)
    # sterile needles, anticoagulants (抗凝血劑), a bruise (瘀青); a warning sign (訊號), the
    # pancreas (胰臟), the pelvic cavity (骨盆腔), a bicycle (腳踏車).
    "一次性": "拋棄式", "抗凝藥": "抗凝血劑", "淤青": "瘀青",
    "信號": "訊號", "胰腺": "胰臟", "盆腔": "骨盆腔", "自行車": "腳踏車",
    # The points' names as Taiwan writes them, one way: 溪, as 陽溪 and 後溪 already are (the card's
    # heading gives the standard's 谿).
    "太谿": "太溪", "解谿": "解溪",
}
# Weeks (週) after a number: 8週, not 8周.
WEEKS = re.compile(r"(\d)周")
# Quotation marks as Taiwan's and Hong Kong's readers write them: corner brackets, 「」 (『』 within
# them), where the mainland writes “” (‘’).
QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})

ROOT = pathlib.Path(__file__).resolve().parents[2]
convert = opencc.OpenCC("s2tw.json").convert


def traditional(text: str) -> str:
    text = convert(text)
    for wrong, right in {**NAMES, **FIXES}.items():
        text = text.replace(wrong, right)
    return WEEKS.sub(r"\1週", text).translate(QUOTES)


def retag(text: str) -> str:
    """The file's own words about its language and the paths it names."""
    text = text.replace("zh-Hans", "zh-Hant").replace("Simplified Chinese", "Traditional Chinese")
    return text


# The interface's words as Taiwan's computers say them (src/strings.rs only).
UI_WORDS = {
    "鼠標": "滑鼠", "內置": "內建", "回車鍵": "Enter 鍵", "可交互": "可互動", "打印": "列印", "鏈接": "連結",
    "搜索": "搜尋", "暫不支持": "暫不支援", "頁面地址": "網頁網址",
}
# The host content's notices (ZH_HANT_CONTENT only) as Taiwan's web developers read them: a
# list, an object, a field, a character, a byte, nesting, text, to set, a function; and a table's
# rows (列) and columns (欄), the other way round from the mainland's (行 and 列).
CONTENT_WORDS = {
    "個列標題": "個欄標題", "每列一項；此行": "每欄一項；此列", "可用的行": "可用的列",
    "列表": "清單", "對象": "物件", "字段": "欄位", "字符": "字元", "字節": "位元組", "嵌套": "巢狀",
    "文本": "文字", "設置": "設定", "函數": "函式",
}
# Words Taiwan's and Hong Kong's readers type for a condition (or for a word of the texts: 面癱)
# that the Simplified search words, in Traditional characters, do not hold (zh-Hant.toml's
# [search] only): in Taiwan, menstrual pain, period pain, a constipation written 祕, de Quervain's
# ("mother's hand"), trigger finger as its clinics write it (板機指), premenstrual syndrome,
# reflux, irritable bowel, the jaw joint, the prostate (攝護腺), frequent urine, dizziness,
# tonsillitis (扁桃腺炎), facial palsy (顏面神經麻痺), a back put out (閃到腰), a runny nose
# (流鼻水), the period (生理期), sore eyes written 痠, morning sickness (害喜), mouse hand (滑鼠手); in Hong Kong's
# Cantonese, hay fever (鼻敏感), acne (暗瘡), a sore shoulder (膊頭痛) or back (腰骨痛), diarrhoea
# (肚屙, 肚瀉), a headache (頭赤), feeling sick (作嘔), not sleeping (瞓唔著), tiredness (攰), a
# runny nose (鼻水), a back put out (閃親腰), a twisted ankle (扭傷腳); the body's parts as Hong Kong
# names them: the shoulder (膊頭), knee (膝頭), elbow (手踭), upper arm (手瓜), ankle bone (腳眼),
# heel (腳踭), sole (腳板底), back (背脊), crown (頭殼頂), eyebrow (眼眉).
SEARCH_WORDS = {
    "經痛": "gynaecological", "生理痛": "gynaecological", "便祕": "digestive", "媽媽手": "arm-pain",
    "板機指": "arm-pain", "經前症候群": "gynaecological", "胃食道逆流": "digestive",
    "腸躁症": "digestive", "大腸激躁症": "digestive", "顳顎關節": "facial-pain", "攝護腺": "urinary",
    "頻尿": "urinary", "暈眩": "dizziness", "扁桃腺炎": "throat", "顏面神經麻痺": "面癱",
    "閃到腰": "low-back-pain", "流鼻水": "nose", "生理期": "gynaecological", "生理期不順": "gynaecological", "眼睛痠": "eye", "害喜": "孕吐", "滑鼠手": "arm-pain",
    "鼻敏感": "nose", "暗瘡": "skin", "膊頭痛": "neck-pain", "腰骨痛": "low-back-pain",
    "肚屙": "digestive", "屙肚": "digestive", "頭赤": "headache", "肚瀉": "digestive", "作嘔": "噁心",
    "瞓唔著": "insomnia", "瞓唔着": "insomnia", "攰": "乏力", "好攰": "乏力", "鼻水": "nose",
    "閃親腰": "low-back-pain", "扭傷腳": "ankle-pain", "扭到腳": "ankle-pain",
    "膊頭": "肩", "膝頭": "膝部", "膝頭痛": "knee-pain", "手踭": "肘", "手瓜": "上臂", "腳眼": "踝",
    "腳踭": "足跟|腳跟", "腳板底": "足底|腳底", "背脊": "背部", "背脊痛": "背痛", "頭殼頂": "頭頂", "眼眉": "眉",
}
STRINGS_NOTE = """// Traditional Chinese: the Simplified strings above in Traditional characters (Taiwan's forms),
// written by points/translations/zh-Hant.py: edit the Simplified and run it.
"""


def strings() -> None:
    """src/strings.rs's ZH_HANT_PAINT and ZH_HANT, from its ZH_HANS_PAINT and ZH_HANS."""
    path = ROOT / "src/strings.rs"
    text = path.read_text()
    struct_end = lambda name: text.index("\n};\n", text.index(f"pub static {name}")) + len("\n};\n")
    if "pub static ZH_HANT:" in text:
        text = text[: text.index(STRINGS_NOTE.split("(")[0])] + text[struct_end("ZH_HANT:"):].lstrip("\n")
    start, end = text.index("pub static ZH_HANS_PAINT"), struct_end("ZH_HANS:")
    hant = traditional(text[start:end]).replace("ZH_HANS", "ZH_HANT")
    for wrong, right in UI_WORDS.items():
        hant = hant.replace(wrong, right)
    content_start = hant.index("pub static ZH_HANT_CONTENT")
    content_end = hant.index("\n};\n", content_start)
    content = hant[content_start:content_end]
    for wrong, right in CONTENT_WORDS.items():
        content = content.replace(wrong, right)
    hant = hant[:content_start] + content + hant[content_end:]
    path.write_text(text[:end] + "\n" + STRINGS_NOTE + hant + text[end:])


def main() -> None:
    pairs = [(ROOT / "points/translations/zh-Hans.toml", ROOT / "points/translations/zh-Hant.toml")]
    for folder in ["points/translations", "points/guides", "points/comparisons"]:
        source = ROOT / folder / "zh-Hans"
        for path in sorted(source.glob("*.toml")):
            pairs.append((path, ROOT / folder / "zh-Hant" / path.name))
    header = "# Written by points/translations/zh-Hant.py from {}: edit that file and run the script.\n"
    for source, target in pairs:
        target.parent.mkdir(exist_ok=True)
        text = retag(traditional(source.read_text()))
        if target.name == "zh-Hant.toml":
            assert "\n[search]\n" in text, f"{source} has no [search] table for the Traditional words"
            words = "".join(f'"{word}" = "{key}"\n' for word, key in SEARCH_WORDS.items())
            text = text.replace("\n[search]\n", "\n[search]\n" + words, 1)
        target.write_text(header.format(source.relative_to(ROOT)) + text)
    # The rules' cautions: each zh-Hans table gets a zh-Hant twin after it.
    rules = ROOT / "points/rules.toml"
    text = re.sub(r"\n\[caution\.translations\.zh-Hant\]\n(?:[^\n\[]+\n)*", "", rules.read_text())

    def twin(match: re.Match) -> str:
        return match.group(0) + "\n" + retag(traditional(match.group(0)))

    text = re.sub(r"\[caution\.translations\.zh-Hans\]\n(?:[^\n\[]+\n)*", twin, text)
    rules.write_text(text)
    strings()


if __name__ == "__main__":
    main()
