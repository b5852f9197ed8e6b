namespace CodeBrief.Core.Errors;

/// <summary>What is wrong with an input file. Tests compare these, not message text.</summary>
public enum InputErrorKind
{
    /// <summary>The file is not recognised as any known dataset.</summary>
    UnknownFormat,
    /// <summary>The file ends before its structure is complete (truncated gzip, unterminated JSON, missing rows).</summary>
    Truncated,
    /// <summary>Bytes that are not valid in the file's declared or detected encoding.</summary>
    BadEncoding,
    /// <summary>The header row is missing or has unexpected columns.</summary>
    BadHeader,
    /// <summary>A row lacks a required column.</summary>
    MissingField,
    /// <summary>A field holds a value of the wrong shape (a code that is no code, text where a number belongs).</summary>
    MalformedValue,
    /// <summary>JSON that does not parse.</summary>
    MalformedJson,
    /// <summary>A JSON value of the wrong type for its property.</summary>
    WrongType,
    /// <summary>Compressed data that fails its own integrity check: a gzip CRC-32 or length that does not match, damaged deflate data, a damaged zip archive or entry.</summary>
    Corrupt,
    /// <summary>A single value larger than the reader's limit (a JSON token over <c>JsonBlockBuffer.MaxTokenBytes</c>).</summary>
    TooLarge,
}
