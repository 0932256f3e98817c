"""Voice: chat-UI transcripts with several turns, pasted from other assistants or Teams."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "chat_multi_turn", "anglo+chinese", """
User: can you help me write a welcome email for our new analyst
Assistant: Sure! What's their name and start date?
User: [[PERSON:Wang Yiting]], starts monday, her desk phone will be [[PHONE_NUMBER:202-555-0124]] and her mentor is [[PERSON:Brigid Fennessy]]
Assistant: Great, anything else?
User: keep it short and mention the badge pickup at 8am
"""),
R(H, "chat_multi_turn_neg", None, """
User: what's a good name for our team's newsletter?
Assistant: How about "The Watch Floor" or "Signal & Noise"?
User: lol no. something about the Secret Service detail we support? but not cheesy
Assistant: "Detail Notes"?
User: better. now give me 5 more like that
"""),
R(P, "teams_paste", "nigerian+turkish+irish", """
summarize this teams thread into action items:

[9:02 AM] [[PERSON:Ifunanya Ezeudu]]: vendor call moved to 2pm
[9:04 AM] [[PERSON:Burak Öztürk]]: ok. Also can someone send the SOW to [[EMAIL_ADDRESS:contracts@orion-fab.test]]?
[9:05 AM] [[PERSON:Nuala Byrne]]: on it. fyi the shared drive pw for the vendor folder is still [[PASSWORD:Orion2026!!]] , we should change that
[9:06 AM] [[PERSON:Ifunanya Ezeudu]]: yes pls
"""),
R(H, "teams_paste_neg", None, """
summarize into action items:
[10:14] Team Lead: sprint 42 closes friday
[10:15] Dev 2: PR #1187 merged, build 2026.12.04.3 green
[10:16] Dev 1: still waiting on ATO paperwork, ISSO says by 12/12
[10:17] Team Lead: ok, retro monday 1300
"""),
R(P, "chat_correction", "indian", """
User: draft a memo saying the employee completed annual training
Assistant: Sure, what's the employee's name?
User: [[PERSON:Arjun Mehta-Iyer]]. actually also add his personal email [[EMAIL_ADDRESS:arjun.mi@example.net]] in the cc line, he asked for a copy
"""),
R(E, "chat_split_ssn", "anglo", """
User: i need a letter for [[PERSON:Brandon Keefe]] verifying employment
Assistant: Happy to help. Any details to include?
User: his ssn first part is [[US_SSN:221-
User: 84-5530]] and he started 2019
"""),
R(H, "chat_code_neg", None, """
User: why does this test fail?
def test_mask():
    assert mask("123-45-6789") == "***-**-6789"
Assistant: what does mask return?
User: it returns "XXX-XX-6789". also 123-45-6789 is just the dummy value from our test fixtures
"""),
R(P, "chat_travel", "greek", """
User: plan an itinerary for the TDY
Assistant: Where to and when?
User: san diego 1/12-1/16, I'm [[PERSON:Stavros Pappas]], need hotel near the port of entry, my gov travel card is [[CREDIT_CARD:5268 7009 1237 4247]] if you need it for the booking
"""),
R(H, "chat_ip_neg", None, """
User: my vm cant reach the internet
Assistant: What's the IP config?
User: ip 10.0.2.15/24, gw 10.0.2.2, dns 192.0.2.53, proxy http://proxy.example.com:8080. ping 8.8.8.8 fails, ping gw ok
"""),
R(P, "chat_gh_token", "german", """
User: my github action can't push tags
Assistant: Is the token scoped for contents:write?
User: not sure. [[PERSON:Lukas Brenner]] made it, here it is: [[GITHUB_TOKEN:ghp_xTk0XNZwEOHPb1IMdsDiEkRhFwmHXjeJfUbk]]
"""),
]
