package nl.gesprekscyclus.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of an uploaded or configured file. A file that is not UTF-8 is refused rather than guessed
 * (a wrong guess silently turns "Çelik" into "Ã‡elik" in the database), but the refusal must help: a file saved as
 * UTF-16 (Excel's "Unicode text") is named as such, and otherwise the line of the first byte that is not UTF-8 is
 * given (usually a Windows-1252 "é" or "ë"). A UTF-8 byte order mark is dropped.
 */
public final class Utf8Text {

    /**
     * The text, or why there is none: {@code utf16} (a byte order mark of UTF-16, or NUL bytes: UTF-16 or no text
     * at all), or the 1-based line of the first byte that is not UTF-8.
     */
    public record Decoded(String text, boolean utf16, int badLine) {
        public boolean ok() {
            return text != null;
        }
    }

    private Utf8Text() {
    }

    public static Decoded decode(byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            return new Decoded(null, true, 0);
        }
        // UTF-16 without a byte order mark is valid UTF-8 byte by byte, but full of NULs; no text file has one
        for (byte b : content) {
            if (b == 0) {
                return new Decoded(null, true, 0);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, false, lineAt(content, in.position()));
        }
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, false, 0);
    }

    private static int lineAt(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
