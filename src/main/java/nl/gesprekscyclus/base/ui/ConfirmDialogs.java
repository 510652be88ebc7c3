package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Vaadin 24's confirmation dialog is modal (it traps the focus and hides the page behind it with aria-hidden), but
 * its overlay says only role="alertdialog", without aria-modal="true". Assistive technology and checkers such as axe
 * then cannot tell it is modal: axe reports the hidden page as "aria-hidden-focus" (docs/accessibility.md). Vaadin 25
 * sets aria-modal itself; until then we set it on the overlay.
 */
public final class ConfirmDialogs {

    private ConfirmDialogs() {
    }

    /** Marks the dialog's overlay as modal; call before opening. Returns the dialog. */
    public static ConfirmDialog modal(ConfirmDialog dialog) {
        // the overlay lives in the shadow DOM of the inner vaadin-confirm-dialog-dialog, ready once the element is
        dialog.getElement().executeJs("""
                const overlay = this.$ && this.$.dialog && this.$.dialog.$ && this.$.dialog.$.overlay;
                if (overlay) { overlay.setAttribute('aria-modal', 'true'); }""");
        return dialog;
    }
}
