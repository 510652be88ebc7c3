package nl.gesprekscyclus.test_support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of the bad input an import file or a form meets in practice: random bytes, a valid file with a few
 * bytes changed, inserted or dropped, the same file saved in another encoding, huge fields and text with the
 * characters that break naive code (quotes, separators, line breaks, markup, control characters, RTL, emoji,
 * combining marks). For the fuzz tests (jqwik).
 */
public final class BadInput {

    /** Characters that have broken parsers, renderers and databases before. */
    public static final List<String> NASTY = List.of("\"", ";", ",", "\n", "\r\n", "\t", "'", "\\", "<", ">", "&",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\u0000", "\u001b", "\uFEFF", "\u202E",
            "שלום", "مرحبا", "👩‍💼", "🏳️‍🌈", "e\u0301", "Ç", "ß", "ø", "Ł", "\uD800", "${x}", "%s", "{0}", ":", "- ",
            "&anchor", "*anchor", "!!binary", "#", "|", "---", "...", "~", "null", "   ");

    private BadInput() {
    }

    /** Any bytes, short or long. */
    public static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
    }

    /** Text mixing ordinary letters with {@link #NASTY} pieces; up to {@code maxPieces} pieces. */
    public static Arbitrary<String> nastyText(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(NASTY),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12), Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(maxPieces).map(p -> String.join("", p));
    }

    /** A field as users fill it in: empty, ordinary, nasty, or far too long. */
    public static Arbitrary<String> fieldValue() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30)),
                net.jqwik.api.Tuple.of(4, nastyText(6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(100, 5_000)
                        .map(n -> "x".repeat(n))));
    }

    /** A valid file with 1–8 edits (change, insert, drop a byte; insert a nasty piece), in one of the encodings. */
    public static Arbitrary<byte[]> mutated(String valid) {
        Arbitrary<Charset> charset = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8,
                StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.bytes(), Arbitraries.of(NASTY)).as(Edit::new);
        return Combinators.combine(charset, edit.list().ofMinSize(1).ofMaxSize(8), Arbitraries.of(false, true))
                .as((cs, edits, bom) -> {
                    byte[] bytes = ((bom && cs == StandardCharsets.UTF_8 ? "\uFEFF" : "") + valid).getBytes(cs);
                    for (Edit e : edits) {
                        bytes = e.apply(bytes, cs);
                    }
                    return bytes;
                });
    }

    private record Edit(int kind, double where, byte value, String piece) {
        byte[] apply(byte[] in, Charset cs) {
            int at = (int) (where * in.length);
            return switch (kind) {
                case 0 -> replace(in, at, new byte[] {value}, 1);
                case 1 -> replace(in, at, new byte[] {value}, 0);
                case 2 -> replace(in, at, new byte[0], 1);
                default -> replace(in, at, piece.getBytes(cs), 0);
            };
        }

        private static byte[] replace(byte[] in, int at, byte[] with, int drop) {
            int d = Math.min(drop, in.length - at);
            byte[] out = new byte[in.length - d + with.length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(with, 0, out, at, with.length);
            System.arraycopy(in, at + d, out, at + with.length, in.length - at - d);
            return out;
        }
    }
}
