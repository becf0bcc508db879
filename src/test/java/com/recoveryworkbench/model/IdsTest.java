package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Which ids are valid: 1-100 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit. */
class IdsTest {
    /** The rule as the documentation states it, to compare the hand-written check with. */
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Test
    void handPickedIds() {
        assertTrue(Ids.isValid("orders-db"));
        assertTrue(Ids.isValid("9.svc_A-2"));
        assertTrue(Ids.isValid("a".repeat(100)));
        assertFalse(Ids.isValid("a".repeat(101)));
        assertFalse(Ids.isValid(""));
        assertFalse(Ids.isValid(null));
        assertFalse(Ids.isValid("-db"));
        assertFalse(Ids.isValid(".db"));
        assertFalse(Ids.isValid("orders db"));
        assertFalse(Ids.isValid("café"));
        assertFalse(Ids.isValid("db\n"));
    }

    @Property
    void agreesWithTheDocumentedRule(@ForAll @StringLength(max = 110) @CharRange(from = ' ', to = '~')
                                     @Chars({'é', '٣', '\n', 'Z', 'a', '0', '.', '_', '-'}) String id) {
        assertEquals(RULE.matcher(id).matches(), Ids.isValid(id), id);
    }

    /** Mostly characters an id may have, so that valid ids and near misses (a leading '.', 'é', 101 long) both occur. */
    @Property
    void agreesWithTheDocumentedRuleNearValidIds(@ForAll @StringLength(max = 102) @CharRange(from = 'a', to = 'c')
                                                 @Chars({'.', '_', '-', 'Z', '9', 'é'}) String id) {
        assertEquals(RULE.matcher(id).matches(), Ids.isValid(id), id);
    }
}
