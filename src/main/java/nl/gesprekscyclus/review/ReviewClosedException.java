package nl.gesprekscyclus.review;

/** The review is signed off or ended: nothing in it can change any more. */
public class ReviewClosedException extends RuntimeException {

    public ReviewClosedException(String processKey) {
        super("Review " + processKey + " is closed");
    }
}
