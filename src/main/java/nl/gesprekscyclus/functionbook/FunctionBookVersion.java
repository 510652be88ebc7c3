package nl.gesprekscyclus.functionbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One immutable version of a function book, stored as its canonical JSON. A changed file gives a new
 * version; what referenced an older version (an employee's review of an earlier year) keeps reading it.
 */
@Entity
@Table(name = "function_book_version")
class FunctionBookVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "book_code", nullable = false, updatable = false)
    private String bookCode;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "source_file", nullable = false, updatable = false)
    private String sourceFile;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    @Column(name = "content", nullable = false, updatable = false)
    private String content;

    protected FunctionBookVersion() {
    }

    FunctionBookVersion(String bookCode, int versionNumber, String contentHash, String sourceFile, Instant loadedAt,
            String content) {
        this.bookCode = bookCode;
        this.versionNumber = versionNumber;
        this.contentHash = contentHash;
        this.sourceFile = sourceFile;
        this.loadedAt = loadedAt;
        this.content = content;
    }

    Long getId() {
        return id;
    }

    String getBookCode() {
        return bookCode;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    String getContentHash() {
        return contentHash;
    }

    String getSourceFile() {
        return sourceFile;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }

    String getContent() {
        return content;
    }
}
