import Testing
import Segmentation
import TaalgrensCore

/// Rule 5c (session 19, articles19): a social post's closing tail (emoji with skin tones, flags and ZWJ
/// sequences, hashtags, handles) after its last terminator stays with that sentence. Each case keeps the
/// post that failed (`Tests/Fixtures/articles/social19/posts-week-6`) and the sentences it must give,
/// beside cases that must not change.
extension RuleTests {
    @Test("rule 5c: emoji, flags, hashtags and handles that close a post stay with its last sentence", arguments: [
        // Found with the social posts of session 19: the flag and the hashtags were a segment of their own,
        // the same in every language (a flag after the terminator is left out of rule 5b).
        Case("en", "Thank you all 👏🏽👏🏿 Proud of you! 🇧🇪 #Digiwijs #SID2026",
             ["Thank you all 👏🏽👏🏿", "Proud of you! 🇧🇪 #Digiwijs #SID2026"]),
        Case("nl-BE", "Bedankt allemaal 👏🏽👏🏿 Trots op jullie! 🇧🇪 #Digiwijs #SID2026",
             ["Bedankt allemaal 👏🏽👏🏿", "Trots op jullie! 🇧🇪 #Digiwijs #SID2026"]),
        Case("fr-BE", "Merci à tous 👏🏽👏🏿 Fiers de vous ! 🇧🇪 #Digiwijs #SID2026",
             ["Merci à tous 👏🏽👏🏿", "Fiers de vous ! 🇧🇪 #Digiwijs #SID2026"]),
        // Handles tagged after a question, with a ZWJ family.
        Case("en", "New episode out now: what do teens share online? @LucaArts @IBM 👨‍👩‍👧‍👦",
             ["New episode out now: what do teens share online? @LucaArts @IBM 👨‍👩‍👧‍👦"]),
        Case("fr-BE", "Nouvel épisode : que partagent les ados en ligne ? @LucaArts @IBM 👨‍👩‍👧‍👦",
             ["Nouvel épisode : que partagent les ados en ligne ? @LucaArts @IBM 👨‍👩‍👧‍👦"]),
        // The class: a flag alone, a flag glued to a hashtag, a handle with a dot, a subdivision flag.
        Case("en", "We won! 🇧🇪", ["We won! 🇧🇪"]),
        Case("nl-BE", "Wat een match! #REDFLAMES🇧🇪", ["Wat een match! #REDFLAMES🇧🇪"]),
        Case("en", "Thanks for coming. @safe.online.be 🙏🏼", ["Thanks for coming. @safe.online.be 🙏🏼"]),
        Case("en", "Go England! 🏴󠁧󠁢󠁥󠁮󠁧󠁿 #EURO", ["Go England! 🏴󠁧󠁢󠁥󠁮󠁧󠁿 #EURO"]),
        // Must not change: words after the tail, a handle that opens the next sentence, a flag before one.
        Case("en", "Proud of you! 🇧🇪 Next week we go on.", ["Proud of you!", "🇧🇪 Next week we go on."]),
        Case("en", "Great game! @KevinDeBruyne scored twice.", ["Great game!", "@KevinDeBruyne scored twice."]),
        Case("en", "Out now! 🎧 #podcast Listen on Spotify.", ["Out now! 🎧 #podcast", "Listen on Spotify."]),
    ])
    func postTails(_ c: Case) { RuleTests.check(c) }

    @Test("rule 6a: emoji that open a block open the sentence after them", arguments: [
        // Nineteenth trial, finding 11: the emoji ended a "sentence" of no letters, left out of every segment,
        // so the memory stored the posts without it and a query of the very post was "2 sentences", 99 %.
        Case("en", "👩🏽‍💻 Our helpline is open today until 8 p.m.", ["👩🏽‍💻 Our helpline is open today until 8 p.m."]),
        Case("en", "🚨🚨 FAKE ITSME MESSAGES! Never confirm a login you did not start.",
             ["🚨🚨 FAKE ITSME MESSAGES!", "Never confirm a login you did not start."]),
        Case("nl-BE", "🎬 Onze nieuwe video over sexting staat online.", ["🎬 Onze nieuwe video over sexting staat online."]),
        Case("fr-BE", "🔒 Utilisez un gestionnaire de mots de passe. Activez la 2FA.",
             ["🔒 Utilisez un gestionnaire de mots de passe.", "Activez la 2FA."]),
        // The class: a flag, a keycap, several emoji with a skin tone.
        Case("en", "🇧🇪 Belgium wins the final.", ["🇧🇪 Belgium wins the final."]),
        Case("nl-BE", "1️⃣ Controleer de afzender.", ["1️⃣ Controleer de afzender."]),
        Case("en", "👏🏽👏🏿 Well done, everyone.", ["👏🏽👏🏿 Well done, everyone."]),
        // Must not change: an emoji after a sentence's end stays with it (rule 5b); one after a word ends it (6b).
        Case("en", "Have fun! 😎 And remember this.", ["Have fun! 😎", "And remember this."]),
        Case("en", "Two-step verification is on 👍 Now do the same for your mail.",
             ["Two-step verification is on 👍", "Now do the same for your mail."]),
    ])
    func leadingEmoji(_ c: Case) { RuleTests.check(c) }
}
