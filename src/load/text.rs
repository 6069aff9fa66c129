//! Bytes of a CSV file to text, the way planners' spreadsheets save them:
//! UTF-8 with or without a byte-order mark, or GBK from a Chinese Excel.
//! Also a scan of the record structure, because polars reports rows and the
//! user needs the line a row starts on.

use crate::i18n::Message;
use crate::msg;
use std::borrow::Cow;

/// Text of a file and how it was decoded.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// Set when the file was not UTF-8 but decoded cleanly as GBK (GB18030).
    pub was_gbk: bool,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a CSV file's bytes, or says why it cannot and how to save it instead.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, Message> {
    if bytes.starts_with(b"\xFF\xFE\0\0") || bytes.starts_with(b"\0\0\xFE\xFF") {
        return Err(msg!("text-utf32"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(msg!("text-utf16"));
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            was_gbk: false,
        }),
        Err(utf8_error) => {
            match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
                Some(text) => Ok(Decoded {
                    text: Cow::Owned(text.into_owned()),
                    was_gbk: true,
                }),
                None => {
                    let at = utf8_error.valid_up_to();
                    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                    Err(msg!(
                        "text-not-gbk",
                        "byte" => format!("0x{:02X}", bytes[at]),
                        "line" => line,
                    ))
                }
            }
        }
    }
}

/// The record structure of CSV text, as polars will split it: RFC 4180
/// quoting, LF or CRLF line ends, and blank lines kept as (empty) records.
#[derive(Debug, Default, PartialEq)]
pub struct Records {
    /// The physical line (1-based) each record starts on; the header is record 0.
    pub lines: Vec<usize>,
    /// The number of fields of each record.
    pub fields: Vec<usize>,
    /// Whether the record is a blank line (nothing but spaces).
    pub blank: Vec<bool>,
}

/// Where a field stands while scanning.
#[derive(Clone, Copy, PartialEq)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: the closing quote, or the first of two.
    QuoteInQuoted,
}

/// Scans CSV text for where each record starts and how many fields it has,
/// or says where the quoting is broken (polars would only say "malformed").
pub fn scan(text: &str) -> Result<Records, (usize, Message)> {
    let mut records = Records::default();
    let (mut line, mut start_line, mut quote_line) = (1usize, 1usize, 1usize);
    let (mut fields, mut blank) = (1usize, true);
    let mut state = State::FieldStart;
    let mut bytes = text.bytes().peekable();
    let end_record = |records: &mut Records, start: usize, fields: usize, blank: bool| {
        records.lines.push(start);
        records.fields.push(fields);
        records.blank.push(blank);
    };
    while let Some(b) = bytes.next() {
        if b == b'\n' {
            line += 1;
        }
        match (state, b) {
            (State::Quoted, b'"') => state = State::QuoteInQuoted,
            (State::Quoted, _) => {}
            (State::QuoteInQuoted, b'"') => state = State::Quoted,
            (State::FieldStart, b'"') => {
                state = State::Quoted;
                quote_line = line;
                blank = false;
            }
            (_, b',') => {
                fields += 1;
                blank = false;
                state = State::FieldStart;
            }
            (_, b'\n') => {
                end_record(&mut records, start_line, fields, blank);
                (fields, blank, start_line, state) = (1, true, line, State::FieldStart);
            }
            (_, b'\r') if matches!(bytes.peek(), Some(b'\n') | None) => {}
            // A lone CR outside quotes ends a line on an old Mac: a file
            // that mixes it with LF cannot be split safely.
            (State::FieldStart | State::Unquoted, b'\r') => {
                return Err((line, msg!("text-lone-cr")));
            }
            (State::QuoteInQuoted, _) => {
                return Err((line, msg!("text-after-quote")));
            }
            (State::Unquoted, b'"') => {
                return Err((line, msg!("text-stray-quote")));
            }
            (_, other) => {
                state = State::Unquoted;
                blank &= other == b' ' || other == b'\t';
            }
        }
    }
    if state == State::Quoted {
        return Err((quote_line, msg!("text-open-quote")));
    }
    // Text after the last line end is a last record without its line end.
    if !text.is_empty() && !text.ends_with('\n') {
        end_record(&mut records, start_line, fields, blank);
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_the_bom_and_reads_utf8() {
        let d = decode(b"\xEF\xBB\xBFa,b\n").unwrap();
        assert_eq!(d.text, "a,b\n");
        assert!(!d.was_gbk);
    }

    #[test]
    fn reads_gbk_from_chinese_excel() {
        // "王伟" in GBK.
        let d = decode(b"name\n\xCD\xF5\xCE\xB0\n").unwrap();
        assert_eq!(d.text, "name\n王伟\n");
        assert!(d.was_gbk);
    }

    #[test]
    fn refuses_utf16_and_garbage_with_advice() {
        assert!(
            decode(b"\xFF\xFEa\x00")
                .unwrap_err()
                .to_string()
                .contains("CSV UTF-8")
        );
        let e = decode(b"ok\n\xFF\xFF\n").unwrap_err().to_string();
        assert!(e.contains("line 2") && e.contains("UTF-8"), "{e}");
    }

    #[test]
    fn scan_counts_lines_through_quotes_crlf_and_blank_lines() {
        let r = scan("a,b\r\n\"x\ny\",2\r\n\r\n3,\"q\"\"uote\"\n4,5,6").unwrap();
        assert_eq!(r.lines, vec![1, 2, 4, 5, 6]);
        assert_eq!(r.fields, vec![2, 2, 1, 2, 3]);
        assert_eq!(r.blank, vec![false, false, true, false, false]);
        assert_eq!(scan("a\n1\n").unwrap().lines, vec![1, 2]);
        assert_eq!(scan("a\n1").unwrap().lines, vec![1, 2]);
        assert_eq!(scan("").unwrap().lines, Vec::<usize>::new());
    }

    #[test]
    fn scan_finds_broken_quoting() {
        assert_eq!(scan("a,b\n1,x\"y\n").unwrap_err().0, 2);
        assert_eq!(scan("a,b\n1,\"x\"y\n").unwrap_err().0, 2);
        assert_eq!(scan("a,b\n1,2\n3,\"open\n\n").unwrap_err().0, 3);
    }
}
