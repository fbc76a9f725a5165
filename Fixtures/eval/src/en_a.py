# English eval items, part A. Tuple: (kind, category, severity, flags, channel, subject, body)
# kind: c/s/i; flags: string of e (escalated), m (major), w (withdrawal)
LANG = "en"
ITEMS = [
# ---------------- network ----------------
("c", "network", 2, "", "email", "Internet keeps dropping every evening",
"""Hi,

For about three weeks now my fibre connection drops out between roughly 8pm and 11pm, sometimes five or six times in one evening. Restarting the router brings it back for twenty minutes or so and then it goes again. During the day it seems fine.

I work evenings with colleagues in another time zone and I've had to move two calls to my phone hotspot. Account 4410-2291. Could someone check the line from your side? I also think a partial credit for this month would be fair.

Regards,
Tom Whitfield"""),
("c", "network", 3, "em", "regulator", "Transferred complaint CRA/2026/08812",
"""Communications Regulatory Authority - complaint transfer
Reference: CRA/2026/08812
Operator: Acme Telecom

The complainant, Mr Daniel Okafor (mobile 07700 900412), states that mobile calls and data were unavailable across the whole Northfield district from the morning of 6 October until the evening of 7 October, around 40 hours. He reports that he was unable to call an ambulance for his father and had to run to a neighbour with a landline. He says many residents were affected and no notice or explanation was given.

He requests a written explanation of the cause and compensation. Please respond to the complainant directly and copy the Authority within 10 working days."""),
("c", "network", 1, "", "email", "speed a bit under what was promised",
"""Hello, not a big deal but my plan says up to 300 Mbps and on cable I usually get around 240-250. Is that normal? If you can tune something on your side great, if not no worries. Thanks, Priya"""),
("i", "network", 1, "", "web_form", "Outage in Riverside?",
"""Contact form submission
Name: Helen Marsh
Email: h.marsh@example.com
Account no: 88-1200-73
Topic: Technical question
Message: Is there a known outage in the Riverside area right now? My broadband light is red since about 10am and my neighbour's is too. Just want to know if it's on your end before I start unplugging things."""),
("s", "network", 1, "", "email", "Idea: text us before maintenance",
"""Hi Acme team,

Small suggestion. Last night the internet went off at 1am for about an hour, and this morning I found out it was planned maintenance announced on your website. Nobody checks the website at 1am. Could you send a text message the day before to customers in the affected area? It would save people (me) from resetting their router ten times.

Cheers,
Marco"""),
("c", "network", 3, "", "email", "NO INTERNET FOR 4 DAYS",
"""This is ridiculous. I have had NO internet since Friday. Not slow, nothing, zero. I called Saturday, Sunday and Monday and every time I'm told "it's being looked at". My kids have online exams this week and I'm paying for a service I'm not getting.

I want it fixed TODAY and I want the whole month refunded. Account 5520-0187, 14 Birchwood Lane."""),
("c", "network", 2, "", "phone", "Call note - weak signal at home",
"""Phone call logged by agent R. Patel, 12/11 14:32.
Customer Mrs Joan Avery (line ending 4471) called to report that since roughly the end of October she has one bar or no signal at all inside her house on Mill Road. Calls drop after a minute or two and texts arrive hours late. Outside in the garden it's slightly better. Handset already tested with another SIM - same. She is unhappy because she relies on the mobile for her late-shift work. Asked for the mast in the area to be checked and for a callback."""),
("c", "network", 3, "e", "email", "Ten days without broadband - going to the ombudsman",
"""Ten days. That's how long my broadband has been dead. Ref 774310. I have spoken to five different people and had two "the engineer will call you" promises and nothing happened.

If this is not working by Friday I will take it to the Telecoms Ombudsman and I will be asking for full compensation for every day without service. I run a small accounting business from home and I have had to use a café.

Graham Boyle"""),
("c", "network", 1, "w", "email", "Re: ticket 88213",
"""Hi, please withdraw my complaint from Monday (ticket 88213). The engineer found a fault in the street cabinet yesterday and the connection has been stable since. Thanks for sorting it, no further action needed.
Lucy"""),
("c", "network", 2, "", "email", "lag spikes every night",
"""Hey, since the start of the month my ping jumps from ~15ms to 300-900ms every night after 9pm, like clockwork. Speedtest download looks ok-ish but any online game or video call is unusable because of the spikes and packet loss (checked with pingplotter, loss starts at your second hop, not my router). I pay for the gaming package with "low latency" so this is kind of the one thing it's supposed to do. please escalate to network team. acc 3302-8841"""),
("c", "network", 3, "m", "email", "Whole building offline since yesterday",
"""Dear Acme,

I am writing on behalf of the residents' committee at Harbour View Court (62 flats). Since about 4pm yesterday not a single flat in the building has internet or landline. Several residents are elderly and use a landline-connected alarm. We have each called separately and received different answers.

Please treat this as urgent and tell us when service will be restored.

Ana Lopes, Residents' Committee"""),
("i", "network", 1, "", "email", "question about wifi speeds",
"""This is not a complaint, just a question. I'm thinking of upgrading to the 500 Mbps plan. Will I actually get that over wifi on a laptop, or only with a cable plugged in? My flat is small, router is in the living room. Thanks!"""),
("c", "network", 2, "", "email", "Upload speed",
"""Hello,

I don't want to involve the regulator or anything like that, just fix it please. My upload has been around 2 Mbps for two weeks instead of the 50 I pay for. Download is fine. I upload video files for work so this is a real problem. I've done all the restart steps on your help page.

Account 6019-3355
Kind regards, Ibrahim"""),
("c", "network", 3, "em", "media", "Media enquiry: Eastbrook mobile outage",
"""From: newsdesk@metroherald.example
To: press office / complaints

Good afternoon. I'm a reporter with the Metro Herald. Several readers in Eastbrook have contacted us saying mobile calls and data have been down or intermittent for three days, including a pharmacist who couldn't process prescriptions and a parent who couldn't reach a school. We intend to publish a story tomorrow.

Could you tell us the cause, how many customers are affected, when service will be fully restored, and whether customers will be compensated? Deadline 5pm today.

Sam Reid, Metro Herald"""),
("c", "network", 2, "", "web_form", "Roaming data not working",
"""Web form - Mobile support
Name: Chloe Bennett
Phone: 07700 900118
Country currently in: Spain
Description: Data roaming is switched on, I have the EU roaming add-on, but my phone shows "no internet connection" on every network it connects to here. Calls work, data doesn't. I've restarted the phone and manually picked networks. I'm here for 3 more weeks and using café wifi for everything. Please fix."""),
("c", "network", 1, "", "email", "wifi calling drops sometimes",
"""Short one: wifi calling drops now and then, maybe once a week mid-call. Not a huge deal, just flagging it in case it's something on your side."""),
("c", "network", 3, "e", "consumer_association", "Referral from National Consumer Council - case NCC-55190",
"""National Consumer Council - referral to trader

Consumer: Mrs Edith Graham, 81, 3 Church Row, Westhill
Complaint received: 2 November

Mrs Graham's landline has had no dial tone for three weeks. Her daughter reports reporting the fault four times. Mrs Graham lives alone and her personal alarm pendant works only through the landline, so she has been without it for the whole period. The family is very distressed.

We ask Acme to restore the service as a matter of urgency and to contact the consumer's daughter (Karen, 07700 900663) with an explanation and an offer of redress."""),
("s", "network", 1, "", "web_form", "Live outage map",
"""Feedback form
Type: Suggestion
Message: Other providers have a live outage map where you can type your postcode and see if there's a known problem. Would be great if Acme had one, it would cut down calls to your helpline too."""),
("i", "network", 1, "", "phone", "Caller asked about tonight's outage",
"""Call note (agent M. Silva): customer Mr Ahmed, account 2291-6610, asked whether the internet interruption in Oakfield tonight is planned work and how long it will last. He is not complaining, just needs to know whether to warn his home-office team. Promised to check and email him."""),
("c", "network", 2, "e", "parent_company", "Forwarded from Acme Group - letter to the Chairman",
"""Acme Group Holdings - Customer Relations Office
Forwarded to: Acme Telecom complaints team

The attached letter was addressed to our Group Chairman. Mr Peter Lund of Little Hadley writes that for five months his broadband has rarely exceeded 3 Mbps though he pays for 'up to 70 Mbps'. He says local staff keep telling him the village is 'at the end of the line' and nothing can be done, and he decided to write to the top because nobody locally listens. He asks for either a real fix or a lower price.

Please respond to Mr Lund and update this office."""),

# ---------------- billing ----------------
("c", "billing", 2, "", "email", "Two charges for October?",
"""Hi,

My bill this month shows two charges of £39.99, both labelled "Monthly plan - October". I only have one line with you. I've checked my bank and both were taken. Can you refund the duplicate please?

Thanks
Rachel Kim, acc 7731-0924"""),
("c", "billing", 2, "", "email", "Charged after I cancelled",
"""Refund me. Now."""),
("c", "billing", 1, "", "email", "paper bill fee",
"""Hello, I noticed a £2.50 "paper bill fee" on my last statement but I switched to e-billing back in June. It's only a small amount, could you remove it and check I'm set to online bills? Thanks, D. Moore"""),
("i", "billing", 1, "", "email", "What is the network access fee?",
"""Hi there, on my invoice there's a line "Network access fee 3.20". I didn't see this mentioned when I signed up. What is it exactly and is it charged every month? Not disputing it yet, just want to understand. Jenny"""),
("i", "billing", 1, "", "web_form", "Overpayment refund timing",
"""Online enquiry
Customer: Paul Nguyen
Account: 30-4471-88
Subject: refund
Message: I accidentally paid my bill twice last week (£64.10 each). Your colleague on chat said the extra will be refunded. How many days does that normally take and will it go back to my card or stay as credit?"""),
("s", "billing", 1, "", "email", "Daily breakdown on bills",
"""Hi, a suggestion for your bills: could the itemised section show data use per day? At the moment I only see a monthly total, and when I go over my allowance I have no idea which day it happened. Other than that the new bill layout is clear. Thanks."""),
("c", "billing", 3, "e", "email", "EUR 1,240 roaming charge - unacceptable",
"""I have just received a bill of EUR 1,240 after a one-week trip to Switzerland. I was never told that Switzerland is not covered by the EU roaming bundle, I did not receive a single warning text, and the data cap that is supposed to stop usage at 50 EUR obviously did nothing.

I will not pay this. If it is not cancelled I will file a complaint with the Telecoms Ombudsman this week and I have already spoken to a consumer lawyer.

Martin Keller
Account 9910-2283"""),
("c", "billing", 2, "", "phone", "Call note: promo discount missing",
"""Phone record - Billing desk, 03/12 09:15, agent L. Howard.
Caller Ms Sara Fontaine signed up in August on the '20% off for 12 months' promotion. Her last three bills are at the full price of 45.00. She read the offer email to me over the phone. She is annoyed that she had to spot it herself and wants the missing discount credited for September-November (27.00 total) and the promotion applied from now on."""),
("c", "billing", 1, "w", "email", "Withdraw complaint - refund received",
"""Hello, I complained last week about the double charge on my account (case 60231). The refund has now arrived in my bank, so please withdraw my complaint. Thanks for the quick fix.
Kind regards, Oliver Grant"""),
("c", "billing", 3, "e", "regulator", "Regulator referral: unrequested premium services",
"""Communications Regulatory Authority
Case CRA/2026/09377 - referred to Acme Telecom

The consumer, Ms Fatima Rahman, reports charges of £4.99 per week for 'premium content' on her mobile bill since April (about £150 in total). She says she never subscribed, never received confirmation texts and could not stop the charges when she called Acme; she was told to contact the third party. She requests a full refund and that the charges are blocked.

Please investigate, respond within 10 working days and inform the Authority of the outcome."""),
("c", "billing", 2, "", "email", "Direct debit taken twice - bank fees",
"""Dear Sir/Madam,

On 1 December you took my direct debit of £52.30 twice. Because of that my current account went overdrawn and my bank charged me a £25 fee. I've attached my bank statement.

I'd like the duplicate £52.30 refunded and the £25 bank charge reimbursed, since it was caused by your error.

Yours faithfully,
Mrs A. Clarke"""),
("c", "billing", 2, "", "email", "Late payment fee although I paid on time",
"""I was charged a £10 late payment fee on my November bill. I paid on the 14th, two days before the due date, and I have the confirmation number PAY-88213-X. Please remove the fee. It's the second time this happened this year and it's getting annoying."""),
("c", "billing", 3, "e", "consumer_association", "Consumer association case 2026-1147",
"""Westshire Consumer Association - case 2026-1147

We write on behalf of our member Mr Harold Wynn (78). Since March 2024 his monthly bill from Acme has included a 'Device Protect Plus' insurance of 8.99/month. Mr Wynn has never owned a device from Acme and does not recall agreeing to any insurance. His son discovered the charge last month. The total is about 200.

We ask Acme to refund all insurance payments with interest and explain how the product was added to his account. We expect a response within 14 days."""),
("c", "billing", 2, "", "email", "final bill wrong",
"""hi i cancelled my broadband effective 10th november, confirmation number CX-55120. my final bill charges the full month of november (£38) plus £38 for december?? i should only pay 10 days of november. please correct and send a new final bill. thx, Kevin"""),
("s", "billing", 1, "", "web_form", "Let me choose my payment date",
"""Suggestion box
Your direct debit always goes out on the 1st, but I get paid on the 25th and by the 1st my account is sometimes low. It would really help if customers could choose the collection date themselves in the app. Thanks for considering."""),
("i", "billing", 1, "", "email", "VAT invoice",
"""Not a complaint - just want to know if I can get a proper VAT invoice with my company name (Hollow Tree Design Ltd) and VAT number on it instead of the normal bill. My accountant needs it for Q4. Account 4418-2290. Thanks, Nadia"""),
("c", "billing", 3, "", "email", "Fee taken six times - rent bounced",
"""I am absolutely furious. Yesterday your bank took the £5 monthly account maintenance fee SIX times in one day, then a £30 unarranged overdraft charge on top. Because of that my rent payment of £850 bounced and my landlord is charging me a late fee.

I want every wrong fee reversed today, written confirmation I can show my landlord, and compensation for the landlord's penalty and the hours I have spent on the phone.

Laura Finch, current account ending 3391"""),
("c", "billing", 2, "", "email", "18 euro",
"""My sister keeps telling me to report you to the consumer association but honestly I don't want to make a big deal of it, I just want the €18 back. You charged me for an extra 5 GB data top-up on 22 Nov that I never bought - I had 9 GB left at the time. Account 5511-0092. Thanks, Bea"""),
("c", "billing", 3, "em", "media", "Press question: double billing in March",
"""Hello,

I'm a consumer affairs journalist at the Daily Example. Since Monday we have heard from more than 200 readers who say Acme took their monthly payment twice in the March billing run, some of them pushed into overdraft. We're preparing a piece for Saturday's paper.

Could you confirm how many customers were affected, why it happened, when refunds will be made, and whether you will cover bank charges customers have incurred?

Regards,
Claire Dunmore, Daily Example"""),
("c", "billing", 2, "e", "parent_company", "Group CEO office: compensation never credited",
"""Forwarded by Acme Group Holdings - Office of the CEO

Ms Rita Hale emailed the Group CEO directly. In September she was promised a £60 credit after a week-long outage (call reference 2290-77). The credit never appeared on her October or November bills. She says she wrote to the CEO because she has asked three times already. She asks that the credit be applied and the promise honoured.

Please handle and report back to this office."""),

# ---------------- hardware ----------------
("c", "hardware", 2, "", "email", "Router restarts itself",
"""Hi,

The Acme Hub 3 router you sent in September restarts itself several times a day. The power light goes orange, flickers and then the whole thing reboots, which takes about 3 minutes each time. It's on a different socket now and I've tried a factory reset. Nothing else in the house has this problem.

Could you send a replacement? Account 2044-6619.

Thanks, Ellie"""),
("c", "hardware", 3, "m", "email", "Router power adapter melted",
"""URGENT

Last night there was a burning smell in our hallway and the power adapter for the Acme fibre box was black and partly melted at the plug, the plastic was too hot to touch. We unplugged it immediately. This could have started a fire while we were asleep. My neighbour has the same model.

I want someone to explain how this is safe, to replace it today, and to check whether other customers have the same adapter. We have no internet now."""),
("c", "hardware", 1, "", "email", "remote buttons sticking",
"""Hello, the remote for my TV box has a couple of buttons (volume up and OK) that stick and need pressing twice. Everything else works. Is it possible to get a new remote posted? No rush. Thanks, Mr Hughes"""),
("c", "hardware", 2, "", "phone", "Card kept by ATM",
"""Branch phone log - 21/11 16:40
Customer Mr Luis Ortega called: the cash machine outside the High Street branch kept his debit card this afternoon after he entered his PIN; the screen froze and then showed 'card retained'. The branch had already closed. He is travelling tomorrow and has no other card. He asks for the card to be returned or a replacement urgently and for the machine to be checked - he says a woman behind him had the same thing happen."""),
("i", "hardware", 1, "", "web_form", "Replacement power supply",
"""Web enquiry
Name: Gareth Lloyd
Message: Our dog chewed the power cable of the fibre box (model ONT-200). Can I buy just the power supply from you, and how much is it? Or does it need an engineer?"""),
("s", "hardware", 1, "", "email", "quieter router please",
"""Hi, a suggestion for whoever designs your routers: the current one has a small fan that hums all night, which is noticeable in a studio flat. A fanless model, or at least a wall-mount option so it can go in the hallway, would be welcome. Thanks, Jo"""),
("c", "hardware", 3, "e", "email", "Faulty phone and store refuses exchange",
"""I bought a Nova X phone at your Central Mall store on 2 November (receipt 55108). After twelve days the screen started showing a green line and dark patches at the bottom. The store says it's "physical damage" although there isn't a scratch on it and refuses to exchange it.

I paid £899. I want a new phone or a full refund. If I don't hear back within 5 days I'll go to the consumer association and trading standards.

Michael Ansah"""),
("c", "hardware", 2, "", "email", "TV box overheating",
"""Our TV box gets very hot on top, you can barely keep your hand on it, and after an hour or so of watching it switches off by itself. It's in an open shelf with space around it. This started a couple of weeks ago. Could you replace it? We pay for the full TV package and can't watch a film to the end.
Kind regards, the Dobsons"""),
("c", "hardware", 1, "w", "email", "Cancel my complaint",
"""Hi, you can cancel my complaint about the broken modem (ref 33019) - the replacement arrived this morning and everything is working. Thanks. Sanjay"""),
("c", "hardware", 2, "", "email", "Kiosk at Eastgate branch broken for weeks",
"""The self-service kiosk at your Eastgate branch has had an "Out of order" sign on it for at least three weeks. It's the only way to print a statement there without queueing for a teller, and the queue is often 30 minutes. I've mentioned it to staff twice. Please get it repaired."""),
("c", "hardware", 3, "em", "consumer_association", "Swelling batteries - Acme Lite phones",
"""Northern Consumers' Association - urgent referral

Over the last two weeks nine of our members have reported that the battery in the Acme Lite 5 phone, sold with Acme contracts, has swollen so much that the back cover popped off. In two cases the phone became very hot while charging overnight. One member's child had been using the phone.

We consider this a potential safety hazard affecting a wide group of consumers. We ask Acme to tell us what it is doing, whether a recall is planned, and how affected customers will be compensated. Details of the nine members attached."""),
("c", "hardware", 2, "", "web_form", "Extender dead on arrival",
"""Order support form
Order: WEB-771920
Issue: The wifi extender I ordered arrived yesterday and does not power on at all - no lights, tried three sockets. The main router is fine. I'd like a working replacement sent out, and I don't want to pay return postage for a faulty item."""),
("i", "hardware", 1, "", "email", "router warranty",
"""Hello, how long is the warranty on the router that came with my contract? It's about 26 months old and the wifi light has started blinking. I'd like to know what my options are before I report a fault. Thanks"""),
("c", "hardware", 3, "", "email", "Card doesn't work anywhere - stuck abroad",
"""I'm in Lisbon and NONE of my cards from you work. The chip on my debit card stopped working last month, you sent a replacement, that one failed at every terminal, and the third one you couriered to my hotel also gets "card error" at every shop and ATM. I have no access to my money. This is the third faulty card in a row.

I need emergency cash arranged today and a card that actually works. This is a disaster."""),
("c", "hardware", 2, "", "phone", "Handset charging port - repair dispute",
"""Call log 07/12, agent P. Novak
Customer Ms Ruth Adeyemi, contract handset Acme Nova 8 (5 months old). Charging port is loose; phone only charges if the cable is held at an angle. Sent to the repair centre, which returned it unrepaired saying 'liquid damage'. Customer insists the phone has never been wet and the indicator sticker was white when she sent it. She is upset and wants it repaired under warranty."""),
("c", "hardware", 1, "", "email", "LED brightness",
"""A small thing - the blue lights on the new router are really bright and light up the whole bedroom at night. Is there a way to turn them down? If not, maybe mention it to the product team. I've put tape over them for now, ha."""),
("c", "hardware", 3, "em", "regulator", "Authority notice: damaged street cabinet",
"""Communications Regulatory Authority - public safety notification forwarded to Acme Telecom
Ref CRA/SAFE/2026/0412

A member of the public reports that an Acme street cabinet outside Greenfield Primary School, Station Road, has had its door hanging open for over a week with exposed wiring visible, after apparently being hit by a vehicle. Children pass it twice a day. The reporter says it was reported to Acme on 18 November with no action.

Please make the site safe immediately and confirm to the Authority the actions taken."""),
("s", "hardware", 1, "", "web_form", "Battery backup",
"""Idea for the product team: a small battery backup for the fibre box. During the power cut last week the whole street lost phone as well as internet, because everything goes through the box now. Even 1-2 hours of backup would let people make an emergency call."""),
("i", "hardware", 1, "", "phone", "Caller asks about red light",
"""Call note: customer asked what it means when the WPS light on her Acme Hub 3 blinks red. Internet seems to be working fine. She just wants to know if she should worry or do anything. Agent to send the lights guide."""),
("c", "hardware", 2, "e", "email", "Card terminal failing - escalating to Head of Business",
"""To the Head of Business Customers,

I'm writing to you directly because your helpdesk has not solved this in three weeks. The card terminal we rent from Acme for our café prints blank receipts and freezes about once an hour, and we have to restart it while customers wait. We've lost sales and some customers leave. Two 'engineer checks' by phone changed nothing.

Please send us a working terminal this week and waive the rental for the time it has been faulty.

Hannah Pryce, Pryce & Daughter Café"""),
]
