LANG = "en"
ITEMS = [
# ---------------- software ----------------
("c", "software", 2, "", "email", "App crashes on Bills tab",
"""Since the app updated to 5.2 last week, it closes itself every time I tap the Bills tab. Android 14, Pixel 7. Cleared cache, reinstalled, same thing. I can't see or pay my bill in the app now, which is the main reason I use it. Please fix."""),
("c", "software", 1, "", "email", "dark mode text",
"""Hi, minor thing: in dark mode the text on the Usage screen is dark grey on black and almost impossible to read. Light mode is fine so I just switch. Thought you'd want to know. - Alex"""),
("c", "software", 2, "", "web_form", "Payment page error",
"""Website feedback form
Page: acme.example/pay
Browser: Firefox 132, Windows 11
What happened: After I enter my card details and press 'Pay now' I get a white page with "Error 500 - internal server error". Tried 4 times across two days and also in Chrome. No money was taken as far as I can see, but now my bill is overdue and I don't want a late fee because your page doesn't work."""),
("i", "software", 1, "", "email", "iOS version",
"""Quick question - does the Acme app still support iOS 15? My mum has an older iPhone and the App Store says the app is not compatible. Is there an older version she can use or does she need the website?"""),
("s", "software", 1, "", "email", "Widget for data left",
"""Love the app generally. One request: a home-screen widget that shows how much data I have left this month. I open the app 3 times a day just to check that. Would save me (and your servers) a lot of taps."""),
("s", "software", 1, "", "web_form", "CSV export",
"""Suggestions
Could online banking let us export transactions as CSV or Excel, not just PDF? I do my budget in a spreadsheet and copying from PDFs line by line is painful. Thanks."""),
("c", "software", 3, "", "email", "Can't make any transfers in the app",
"""For two days the 'Transfer' button in your banking app has been greyed out. On the website the transfer page just spins forever. My rent (£1,150) is due tomorrow and I have no way to pay it except driving 40 minutes to a branch during working hours.

This is basic functionality for a bank. I need this working now, and if my rent is late because of your system I expect you to pay any penalty."""),
("c", "software", 2, "", "phone", "App shows wrong data usage",
"""Call note - 15/11, agent D. Ferreira
Customer says the app has shown '0 GB remaining' since the 3rd of the month, while the text messages she gets from us say she has 12.4 GB left. Because of the app she's been avoiding using data and turning wifi on everywhere. Wants the app fixed and confirmation which figure is correct. Mildly irritated but polite."""),
("c", "software", 1, "w", "email", "Please withdraw",
"""Hi, please withdraw my complaint about the app crashing when I open Settings. Today's update (5.2.3) fixed it. Cheers, Femi"""),
("c", "software", 3, "e", "email", "App down three days - CEO and press next",
"""Your app has been down for THREE DAYS. "Something went wrong, please try again later" is all I see. The website login also fails halfway. I cannot see my balance, pay anyone or freeze my card.

I have wasted hours on hold. If this is not resolved by tomorrow I will write to your CEO and send screenshots to every newspaper that will take them. This is a disgrace for a bank in 2026."""),
("c", "software", 2, "", "email", "TV app subtitles out of sync",
"""The Acme TV app on our smart TV has subtitles about 4-5 seconds behind the speech on every on-demand programme. My husband is hard of hearing and relies on them, so we basically can't use the catch-up service. It started after the TV app update at the end of October. Please sort it out."""),
("c", "software", 2, "", "email", "Each notification comes 10 times",
"""every push notification from your app arrives 8-10 times in a row. "Your bill is ready" x10 at 7am. i have had to turn notifications off completely which means i'll miss the fraud alerts. samsung s22, app version 5.2.1"""),
("i", "software", 1, "", "phone", "PDF button question",
"""Phone note: Mrs Collins asked whether it's a known problem that the 'Download PDF' button for statements does nothing on her iPad (Safari). Works on her laptop. She just wants to know if it's being fixed or if she's doing something wrong. Not a complaint."""),
("c", "software", 3, "em", "media", "Journalist: payday app failure",
"""Hi, this is Jordan Blake from Channel 9 Consumer Watch. On Friday, payday, we received dozens of messages from viewers saying the Acme banking app and website were unusable for most of the day - payments stuck as 'pending', balances showing zero. Some say they couldn't buy groceries.

We're running the story on tonight's programme. Could you give us a statement on what went wrong, how many customers were affected, and whether anyone who incurred charges will be reimbursed?"""),
("c", "software", 2, "", "email", "Voicemail transcript wrong language",
"""The visual voicemail feature in your app transcribes all my messages as if they were in Portuguese, even though people speak English to me. Result is gibberish like "a bola pro homem". The setting says English. So the feature I pay £2/month for is useless right now."""),
("c", "software", 1, "", "email", "Date format on portal",
"""The customer portal shows dates as MM/DD/YYYY (e.g. 11/03/2026) which confused me into thinking my payment was due in November instead of 3 November... wait, the other way around. Either way, please use day/month like everything else here. Minor, but confusing."""),
("c", "software", 2, "e", "parent_company", "Group forwards: blank e-invoices",
"""From: Acme Group Holdings, Key Accounts Liaison
To: Acme Telecom customer complaints

One of our group-wide corporate clients, Brightwater Logistics, raised with the Group Managing Director that the e-invoice PDFs generated by the Acme Telecom business portal have been blank (header only, no line items) since September. Their finance team cannot reconcile 140 mobile lines. They have reported it to the portal helpdesk twice.

Please fix the invoice generator and provide corrected invoices for Sep-Nov."""),
("c", "software", 3, "e", "regulator", "Financial services regulator referral",
"""Financial Services Regulator - Consumer Contact Centre
Referral 2026-FC-30918

The consumer, Mr Aaron Moss, reports that for eight days the Acme Bank online banking service has rejected every bill payment he tries to set up with 'Error code 4410 - please try later'. He has missed a council tax payment and his mortgage payment is due. He states Acme's helpline has told him it's a 'known issue' with no timescale.

Please respond to the consumer in line with your complaint handling obligations."""),
("c", "software", 2, "", "email", "widget doesn't update",
"""I'm not going to threaten you with the ombudsman or anything, I just want the usage widget to actually update. It's shown the same number (3.1 GB used) for nine days, even after I've streamed loads. Tap into the app and the number is right. Just annoying that the widget is stuck. Pixel 8."""),
("i", "software", 1, "", "email", "desktop app?",
"""Hello, is there a desktop version of the Acme app for Windows, or is the browser portal the only option on a PC? Thanks, Norma"""),

# ---------------- account_access ----------------
("c", "account_access", 2, "", "email", "Locked out - unlock link expired",
"""I typed my password wrong three times and now my online account is locked. The unlock email says the link is valid for 15 minutes but it arrives 40 minutes later, so it's always expired. I've requested it five times. Please unlock my account manually. Username jmorris82."""),
("c", "account_access", 3, "", "email", "Locked out of online banking for 5 days",
"""FIVE DAYS locked out of my own online banking. Every time I call I go through security, they say it's unlocked, and the website still says "Your access has been suspended, please contact us". I can't pay bills, can't see my salary, nothing. I run payroll for two part-time staff from this account.

Fix it today. I'm at the end of my patience."""),
("c", "account_access", 1, "", "email", "reset emails in spam",
"""FYI your password reset emails always land in my Gmail spam folder, I almost missed it. Not really a problem now that I know, but others might think it never arrived."""),
("i", "account_access", 1, "", "web_form", "Add my wife to the account",
"""Account help form
Name: Robert Chen
Account: 6672-1039
Question: How can I add my wife as an authorised user so she can call you and manage the account when I'm travelling? Does she need to come to a store?"""),
("i", "account_access", 1, "", "email", "forgot my username",
"""hi I forgot my username for My Acme, I've tried my email and my phone number but neither works. how do i find it out? thanks"""),
("s", "account_access", 1, "", "email", "Authenticator app instead of SMS",
"""Hello,

Please consider offering login codes via an authenticator app (TOTP) instead of SMS only. When I'm abroad with a local SIM I can't receive your SMS codes and can't log in at all. Many banks already support this.

Thanks, Dr. M. Ivanova"""),
("c", "account_access", 2, "", "phone", "Verification codes not arriving abroad",
"""Call record 02/12 - customer Mr Kwame Mensah, currently in Ghana. Cannot log in to the app or website because the one-time SMS code never arrives while he's roaming. Has tried 'resend' many times. Needs access to pay a supplier this week. Frustrated, says he was told before travelling that it would work abroad. Requests an alternative verification method."""),
("c", "account_access", 3, "e", "email", "Two weeks locked out - ombudsman complaint filed",
"""I have now been unable to access my account for two weeks after your "security upgrade". I've submitted ID three times, visited a branch, and been told each time it will be resolved in 48 hours.

Today I filed a complaint with the Financial Ombudsman. I expect full access restored and compensation for the interest and fees I've been charged because I couldn't manage my payments.

Caroline Webb, customer no. 10299817"""),
("c", "account_access", 1, "w", "email", "I'm back in",
"""Hello, please withdraw my complaint from yesterday about being locked out - I managed to reset the password with the new link and can log in now. Thanks for the help. Ben"""),
("c", "account_access", 2, "", "email", "2FA still goes to my old number",
"""I changed my mobile number in a branch on 10 November. The change shows on my statements, but the login codes still go to the OLD number, which I no longer have. So I can't log in to online banking at all. The branch says it's a 'web team' issue and the web team says to go to a branch. Please update it properly."""),
("c", "account_access", 2, "", "web_form", "Can't give staff permissions",
"""Business portal support request
Company: Kestrel Joinery Ltd
Issue: Our only admin user left the company and we cannot add a new admin or change permissions for the remaining users. The 'Manage users' page says 'You do not have permission'. We can't order SIMs or see invoices. Please tell us how to get admin rights transferred - we have the director's ID ready."""),
("c", "account_access", 3, "e", "regulator", "Referral: consumer unable to access account",
"""Banking Regulator - Consumer Complaints Unit
Case BR-2026-11802 forwarded to Acme Bank

Ms Nora Quinn, 72, reports that her online and telephone banking access was blocked on 28 October after an ID check 'did not match'. Since then she has been unable to access her account, into which her pension is paid. She states she has provided identification twice at a branch. She has had to borrow money from family.

The Unit requests that Acme review this case urgently and report the outcome."""),
("c", "account_access", 2, "", "email", "My second line disappeared from my login",
"""After you merged my two accounts last month, when I log in I only see my mobile. My broadband line (acc 7780-1122) is gone from the dashboard and I can't see its bills or change anything. Customer service says both are 'linked' - well, not in My Acme they aren't."""),
("c", "account_access", 2, "", "email", "Login says my email isn't registered",
"""When I try to log in the site says "No account found for this email". But you send my bills to that exact email every month! Registering again says the email "is already in use". So I'm stuck in a loop. Please fix my login, acc 3019-4478."""),
("s", "account_access", 1, "", "web_form", "Self-service password reset",
"""Feedback
When I forgot my PIN for phone banking, the only way to reset it was to call and wait for a letter by post, which took 6 days. A self-service reset in the app (you already have my fingerprint!) would be so much easier."""),
("c", "account_access", 3, "e", "consumer_association", "Consumer association: frozen access to savings",
"""Eastvale Consumer Advice Service - referral

Our client, Mr Stanley Burke (80), entered his password wrongly several times in October and his online access was frozen. He does not own a smartphone and has been told he must use the app to verify himself. He has therefore had no access to his savings for over five weeks, and cannot pay his care bills.

We ask Acme to restore his access by an alternative means and to review its policy for customers without smartphones."""),
("i", "account_access", 1, "", "phone", "PUK code",
"""Call note: customer's phone says 'SIM blocked - enter PUK' after her grandson entered wrong PINs. She asked how to get the PUK code and whether the SIM will be erased. Polite, just needs the code; identity verified."""),
("c", "account_access", 2, "", "email", "just let me back in",
"""I'm not escalating this, I don't want to make a formal fuss, I just want to get back into my account. Password reset says "this link is invalid" every time, tried on phone and laptop. Account holder Simone Ricci, 4490-1187."""),
("c", "account_access", 2, "e", "parent_company", "Forwarded from Group Customer Office",
"""Acme Group Holdings - Customer Office
The customer below wrote to our Group Chief Executive after failing to regain access to his Acme Telecom business account for 12 days. Mr Vikram Sethi says that his staff cannot log in to order replacement SIMs and the support line keeps telling him the 'account owner' must call, but he IS the account owner. Please resolve and confirm to this office."""),
("i", "account_access", 1, "", "email", "Can two people share a login?",
"""This is not a complaint, just a question: can my partner and I both log in to the same My Acme account from our own phones at the same time, or do we need separate logins? We share the bills."""),

# ---------------- security_privacy ----------------
("c", "security_privacy", 3, "", "email", "My number was stolen - bank emptied",
"""On Saturday my phone suddenly showed "No service". By the time I got to a shop, someone had ported my number to a new SIM - your store did a SIM swap for a person pretending to be me. They used my number to get into my bank and took £3,800.

The police have a report (crime ref 44/2291/26). How did your staff hand my number to a stranger? I want to know what ID they were shown, and I want you to take responsibility for this."""),
("c", "security_privacy", 3, "em", "media", "Journalist: customer data on forum",
"""Dear Acme press team,

I'm an investigative reporter at TechDaily Example. We have seen a file being offered on a hacking forum that appears to contain names, addresses, phone numbers and partial bank details of around 120,000 Acme customers, with a sample that matches people we contacted.

Can you confirm whether Acme has suffered a data breach, when you became aware, and whether customers and the data protection authority have been notified? We plan to publish on Thursday.

Leo Hartmann"""),
("c", "security_privacy", 2, "", "email", "I received someone else's bill",
"""Hello, this morning I received an email with a bill attached that isn't mine - it's for a Mr P. Sandoval, with his address, phone number and call history. I'm not comfortable having this and I'm worried my bill might be going to someone else too. I've deleted it. Please check your systems."""),
("c", "security_privacy", 2, "", "phone", "Staff read out account details in store",
"""Store manager call note, Westfield store, 19/11.
Customer Ms Amira Said phoned to complain that during her visit, a staff member read her full address, date of birth and outstanding balance aloud at the counter while other customers were queueing right behind her. She found it humiliating and a breach of her privacy. Asks for assurance that staff will be trained and her data protected."""),
("i", "security_privacy", 1, "", "email", "Is this text from you?",
"""Hi, I got a text saying "ACME: your payment failed, confirm your card at acme-billing-update.example within 24h or service will be suspended". My direct debit went through fine. Is this genuine or a scam? I haven't clicked it."""),
("s", "security_privacy", 1, "", "web_form", "Login alerts",
"""Suggestion: please send an email or push notification when someone logs in to my account from a new device. My bank does this and it makes me feel much safer."""),
("c", "security_privacy", 3, "e", "email", "Account hacked - my solicitor is involved",
"""Someone got into my Acme account last week, changed the email address, ordered two iPhones on a new contract in my name and had them delivered to an address I've never heard of. I only found out when a credit check alert came through.

I have instructed a solicitor. I expect the contracts cancelled, my credit file corrected, and a full explanation of how this happened despite "two-factor security". Please respond in writing."""),
("c", "security_privacy", 3, "", "email", "All my photos gone from Acme Cloud",
"""I've used Acme Cloud backup included with my plan for four years. Yesterday I logged in and it says 0 files. Four years of photos of my children, gone. Your support says the account was 'reset during migration'.

I need them restored. I don't care what it takes. These cannot be replaced."""),
("c", "security_privacy", 1, "w", "email", "withdraw - it was my son",
"""Hi, I'd like to withdraw the complaint I made on Tuesday about a strange login on my account. Turns out it was my son using my details on his tablet. Sorry for the trouble and thanks for checking so quickly. Maureen"""),
("c", "security_privacy", 2, "", "email", "You shared my details with marketers",
"""Since I signed up with you in September, I've had daily calls from "Acme partners" offering solar panels and insurance, calling me by name. I ticked NO to sharing my details with third parties - I have a screenshot of my sign-up. Please tell me who you've shared my data with, stop it, and delete it from any partner lists."""),
("c", "security_privacy", 3, "e", "regulator", "Data protection authority referral",
"""Office of the Data Protection Commissioner - complaint notification
Our ref: OIC-2026-7721

Mr Jonas Berg complains that Acme disclosed his new address to his former partner, who called Acme claiming to be him. Mr Berg has a protective order in place and had told Acme his address must not be disclosed. He fears for his safety.

Acme is asked to provide, within 20 days, an account of the disclosure, the steps taken to protect the data subject and any measures to prevent recurrence."""),
("c", "security_privacy", 3, "m", "email", "Fake Acme texts all over our town",
"""Dear Acme,

In the last two days almost everyone in our village WhatsApp group (over 100 people) has received texts that look exactly like Acme messages, with your logo in the link preview, asking them to "verify" their bank card to avoid disconnection. At least three elderly neighbours have entered their card details and lost money.

You need to warn your customers urgently, block these messages, and tell people what to do if they've been caught out.

Margaret Doyle, Burnside Community Council"""),
("c", "security_privacy", 3, "", "email", "Card used for payments I didn't make",
"""There are four payments on my Acme debit card this morning to an online electronics shop in another country, total £742.16, made while my card was in my wallet. I've frozen the card in the app. I need this money back, my rent is due. Card ending 6621."""),
("c", "security_privacy", 3, "e", "consumer_association", "Consumer association: scam caller knew account details",
"""Consumer Association of Hollins - referral 26/0388

Our member, Mrs Pauline Grey (84), received a call from someone who claimed to be from Acme's fraud team. The caller knew her account number, her recent transactions and her address, which convinced her to transfer £6,500 to a 'safe account'. Mrs Grey believes the information could only have come from Acme.

We ask Acme to investigate how the caller obtained the information, to consider reimbursement, and to reply to us within 14 days."""),
("i", "security_privacy", 1, "", "phone", "Port-out PIN",
"""Call note: customer read about SIM swap fraud in the news and asked how to set up a port-out PIN or extra password on his account so nobody can move his number. No problem on the account, just wants protection."""),
("s", "security_privacy", 1, "", "email", "Mask card numbers on statements",
"""Your paper statements show my full 16-digit card number. Could you mask all but the last four digits like most companies do? Letters get lost in the post sometimes. Just a suggestion. - R. Ahmed"""),
("c", "security_privacy", 2, "", "email", "Deletion request ignored",
"""I could go to the data protection office but honestly I'd rather not spend time on it - please just do what I asked. On 20 September I closed my account and asked in writing for my personal data to be deleted. I still get marketing emails addressed to me and your chat assistant still knows my address. Please confirm deletion."""),
("c", "security_privacy", 3, "", "email", "Someone changed my email and ordered phones",
"""Got an email at 3am saying my account email address was changed. I didn't do it. Now I can't log in, and a neighbour says a courier tried to deliver an Acme phone parcel addressed to me at her house. Please lock my account immediately, cancel any orders, and call me on 07700 900327."""),
("i", "security_privacy", 1, "", "web_form", "What data does the router collect?",
"""General enquiry
Does the Acme router send any information about my browsing or connected devices back to Acme? I'd like to know what data it collects and how long you keep it. Just curious, no problem."""),
("c", "security_privacy", 2, "e", "parent_company", "Group Data Protection Office - forwarded complaint",
"""Acme Group Holdings - Group Data Protection Office
The following complaint was sent to the Group Board secretariat. Ms Ingrid Solheim states that a letter from Acme Telecom containing her account number and outstanding balance was sent to her previous address, even though she updated it in March. The current occupant opened it and contacted her. She asks for an explanation and confirmation that her address is now correct everywhere.

Please handle under the complaints procedure and report back."""),
]
