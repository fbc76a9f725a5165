LANG = "en"
ITEMS = [
# ---------------- installation_repair ----------------
("c", "installation_repair", 2, "", "email", "Technician never showed up",
"""I took Tuesday off work for my broadband installation, slot 8am-1pm. Nobody came, nobody called. When I rang at 2pm I was told the engineer "was running late" and then at 5pm that the job had been cancelled. I've now been given a new slot in 9 days' time.

I want an earlier slot and some compensation for the day's pay I lost.
Order ref INS-20931"""),
("c", "installation_repair", 3, "", "email", "Third no-show. Enough.",
"""This is the THIRD time your engineer has failed to turn up for my installation (14 Oct, 28 Oct, 11 Nov). Each time I've stayed home. I'm self-employed - that's three days of lost income, around £450.

I've been without home internet since I moved in seven weeks ago. I want a confirmed engineer visit this week and full compensation for the lost days, or I cancel and go elsewhere."""),
("c", "installation_repair", 1, "", "email", "bits left behind",
"""Hi, the installation went fine and the internet works, thanks. Just to say the engineer left cable offcuts, plastic clips and the packaging all over the hall floor. Not a big deal, I tidied up, but maybe mention it to the team."""),
("i", "installation_repair", 1, "", "web_form", "Moving house on 1 March",
"""Home move request form
Name: Claire Dubois
Current address: 22 Elm Street
New address: Flat 4, 9 Quay Road
Move date: 1 March
Question: How far in advance should I book the move of my broadband, and will there be a gap in service? I work from home so I'd like it working on day one if possible."""),
("s", "installation_repair", 1, "", "email", "Shorter appointment windows",
"""Suggestion: a 5-hour appointment window is really hard for working people. Could you offer 2-hour slots, or at least send a text when the engineer is 30 minutes away (like parcel couriers do)? Thanks."""),
("c", "installation_repair", 2, "", "phone", "Call note: relocation not done",
"""Call log 27/11 - customer Mr Tariq Aziz moved house on 15 November. He booked the relocation of his broadband a month in advance. At the new flat nothing has been connected; the line was never activated and no engineer visit was ever booked despite the confirmation email. He is working from a mobile hotspot. Requests urgent visit and credit for the days without service."""),
("c", "installation_repair", 3, "e", "email", "Your engineer drilled through a water pipe",
"""On Thursday your installer drilled through the wall behind our kitchen to route the fibre cable and went straight through a water pipe. Water poured into the kitchen and the flat downstairs. He left saying "that's not my problem, call the office".

The damage to our floor, units and the neighbour's ceiling is estimated at over £6,000. I have passed this to my lawyer. I expect Acme's insurer to contact me within 48 hours."""),
("c", "installation_repair", 2, "", "email", "Repair visit didn't fix anything",
"""The engineer came on Monday about my line dropping out. He plugged a tester in for five minutes, said "the line tests fine" and left. That evening it dropped out four times again, same as the past month. I need someone who will actually look for the fault, maybe in the street. Ref FLT-77120."""),
("c", "installation_repair", 1, "w", "email", "Withdraw my complaint please",
"""Hello, I'd like to withdraw the complaint I sent last week about the missed installation. The technician came yesterday, everything is set up and working. Thanks. Ayesha"""),
("c", "installation_repair", 2, "", "web_form", "Cable across the front of the house",
"""Complaint form
Name: Mr Desmond Foley
Address: 11 Orchard Terrace
Details: During the installation on 3 Dec the engineer ran a black cable across the whole front wall of my house and over the window, without asking. It's a listed cottage and I'd asked for the cable to go round the side. Please send someone to reroute it properly."""),
("c", "installation_repair", 3, "e", "regulator", "Regulator case - delayed installation",
"""Communications Regulatory Authority - case transfer CRA/2026/10244

Ms Gemma Holt ordered a new broadband and landline installation on 2 September. As of 25 November the installation has not been completed; four appointments were cancelled by Acme on the day. Ms Holt is a carer and says the lack of a landline prevents her from using a telecare device for her mother.

The Authority requests that Acme complete the installation without further delay and inform the Authority of the outcome."""),
("c", "installation_repair", 3, "em", "email", "Open trench outside school - copied to Metro Herald",
"""To Acme Telecom, cc: newsdesk@metroherald.example

Your contractors dug a trench along Park Lane for your new fibre cables last week and left it open and unfenced at the end of each day, right outside St Anne's Primary. Yesterday a child fell in and cut her leg. Several parents have complained to the site crew who just shrug.

This is a serious safety hazard. I've copied the local paper because nobody at Acme has responded to three emails. Fence it off today."""),
("i", "installation_repair", 1, "", "email", "Saturday installation?",
"""Hi, can I get the new broadband installed on a Saturday? Weekdays are hard for me. If yes, is there an extra charge? Thanks, Pete"""),
("c", "installation_repair", 2, "", "email", "Engineer came without equipment - twice",
"""Both installation visits so far have been wasted: on the first the engineer didn't have a long enough cable; on the second he didn't have the right router and said a colleague would come "next week". I've rearranged my schedule twice. Please make sure the next person arrives with everything needed, and tell me when."""),
("c", "installation_repair", 2, "e", "parent_company", "Forwarded by Acme Group - repair delays",
"""Acme Group Holdings - Executive Correspondence
Mr Colin Marsh wrote to the Group Executive Committee. His business line in Lowfield has been faulty (crackling, calls cutting out) since October. Three repair appointments were made; at two nobody came and the third engineer said a part had to be ordered. He says it's costing him customers and he no longer trusts the local team. Please arrange the repair and inform us."""),
("c", "installation_repair", 1, "", "email", "muddy footprints",
"""The technician who fixed our connection today was quick and friendly, but walked in muddy boots across our cream carpet without asking about shoe covers. Just a heads-up for future visits."""),
("c", "installation_repair", 3, "e", "consumer_association", "Consumer body referral: line repair outstanding",
"""City Consumer Protection Office - referral CP-26-4410

Mr Albert Fenn (87) reported a fault on his landline on 4 November. A repair visit was booked for 7 November and then postponed three times. Mr Fenn lives alone, has a heart condition and no mobile phone. His neighbour contacted us on his behalf.

We ask Acme to carry out the repair immediately and confirm the action taken to us and to Mr Fenn's neighbour, Mrs Lowe (07700 900551)."""),
("s", "installation_repair", 1, "", "web_form", "Self-install option",
"""Suggestion: my flat already had a fibre socket, but I still had to wait 12 days for an engineer who just plugged in the router. A self-install kit for homes with an existing socket would save everyone time."""),
("c", "installation_repair", 2, "", "email", "Repair",
"""I'm not going to the ombudsman over this, I just want it fixed. The engineer who came to repair our phone line on Friday disconnected our internet in the process. Now the phone works and the broadband doesn't. Please send him back."""),
("c", "installation_repair", 2, "", "phone", "Installed in the wrong flat",
"""Call note - 09/12, installation desk
Ms Olivia Brandt (Flat 3B) reports the engineer installed her broadband in Flat 3A (her neighbour's) yesterday while she was waiting at home. The neighbour now has a working Acme router and she has nothing. She wants this corrected quickly; she's already waited three weeks for the slot."""),

# ---------------- timeliness ----------------
("c", "timeliness", 2, "", "email", "Still waiting for the callback",
"""On 28 November I was told a supervisor would call me back within 24 hours about my case (ref 55018). It's now 4 December and nobody has called. I've chased twice. I'd like the callback that was promised, please."""),
("c", "timeliness", 3, "e", "email", "Fourth email - no reply in three weeks",
"""This is my fourth email since 12 November. Not one reply, not even an automatic acknowledgement. Your website says you reply to emails within 2 working days.

If I don't get a proper response by Friday I will send the whole thread to the Communications Regulatory Authority and let them ask you why nobody reads your complaints inbox."""),
("c", "timeliness", 1, "", "email", "slow reply",
"""Hi, it took three days to get a reply to my simple question about store opening hours - not the end of the world, just thought you might want to know. The answer was helpful when it came!"""),
("c", "timeliness", 2, "", "phone", "Complaint about hold time",
"""Call note - supervisor desk
Customer Mrs Janet Price complained that yesterday she waited on hold for 75 minutes on the main helpline before the call was cut off with no answer. Today she waited a further 40 minutes before reaching us. She is unhappy that there is no callback option and asks why the wait is so long."""),
("i", "timeliness", 1, "", "email", "Update on case 55102?",
"""Hi, could you let me know when I can expect a response on case 55102? I sent the documents you asked for last Monday. Just checking where it is. Thanks, Marek"""),
("s", "timeliness", 1, "", "web_form", "Queue position",
"""Feedback
Could your phone line tell callers their position in the queue, or offer to call back instead of holding? I'd happily wait if I knew it was 10 minutes, it's not knowing that's frustrating."""),
("c", "timeliness", 2, "", "web_form", "Number transfer taking forever",
"""Mobile support form
Name: Jasmine Carter
Issue: I asked to bring my number over from my old network on 20 November. Your website and the shop both said it takes 2 working days. It's now day 9 and I'm still on a temporary number, so my clients and my GP can't reach me. Every time I ask I'm told "it's in progress"."""),
("c", "timeliness", 3, "", "email", "Mortgage letter - three weeks late",
"""I asked for a mortgage redemption statement on 3 November. I was told it would be posted within 5 working days. It's now three and a half weeks later and nothing has arrived despite two phone calls. Completion on our house sale is this Friday and the solicitors can't proceed without it. If the sale falls through because of this delay the consequences for us are huge. Please send it today by email."""),
("c", "timeliness", 1, "w", "email", "you can close it",
"""Hi, I complained last week that no one had replied to my emails. Someone called me yesterday and sorted everything out, so please withdraw the complaint. Thanks."""),
("c", "timeliness", 3, "e", "regulator", "Regulator: complaint unanswered for 40 days",
"""Communications Regulatory Authority - referral CRA/2026/11071
Mr Owen Price complained to Acme on 10 October about an incorrect contract end date. He states that as of 19 November (40 days) he has received no substantive response, only repeated messages that his case is 'with the relevant team'. Under the code of practice, operators must provide a response within 8 weeks at most, and Mr Price has now come to us.

Please respond to him and provide the Authority with a copy of your final response."""),
("c", "timeliness", 2, "", "email", "SIM still not here",
"""Your site said the replacement SIM would be posted "within 3 working days". I ordered it on 14 November, it's now the 29th and no SIM. My phone was stolen, so I'm without my number for over two weeks. Please send it by courier."""),
("c", "timeliness", 2, "", "email", "Live chat wait",
"""Your chat said "an agent will join in about 2 minutes". I waited 50 minutes with the window open and then it timed out "due to inactivity". That's your inactivity, not mine. Could someone actually answer my question about my contract end date by email?"""),
("c", "timeliness", 3, "e", "consumer_association", "Consumer association: no response to complaint",
"""Southport Consumer Rights Association - case 26/1193

Mrs Diane Roberts complained to Acme in August about a cancelled direct debit and has written four letters since. She has received no reply to any of them. She is now anxious because she has received a debt collection letter from a third party on Acme's behalf.

We ask Acme to suspend any collection activity, respond to Mrs Roberts in full, and explain why her letters were not answered."""),
("i", "timeliness", 1, "", "phone", "Asked about response times",
"""Call note: caller wanted to know how long Acme normally takes to reply to a written complaint and whether she'd get a reference number. She hasn't sent one yet. Explained, she'll write in this week."""),
("s", "timeliness", 1, "", "email", "Tell us when to expect a reply",
"""A suggestion: when someone emails you, the automatic reply could include a date by which they'll hear back. I never know if I should wait a day or a week before chasing. Thanks."""),
("c", "timeliness", 2, "", "email", "Still waiting on my contract copy",
"""I'm not escalating this anywhere, I just want what I asked for. On 1 October I asked for a copy of my contract. I was told 10 working days. It's the end of November. Three chasers so far, each time "it's been requested". Please email it to me this week."""),
("c", "timeliness", 2, "e", "parent_company", "Group office: letter to the CEO",
"""Acme Group Holdings - Office of the CEO - forwarded correspondence

Ms Amanda Kerr writes to the Group CEO that she requested closure of her late husband's mobile account in September, supplied the death certificate twice, and has had no confirmation in 10 weeks while letters addressed to him keep arriving. She finds this distressing and wrote to the CEO because nobody replied to her. Please action and respond to her directly."""),
("c", "timeliness", 2, "", "email", "Call records request - 30 days",
"""Hello, on 28 October I submitted a request for my call records for a personal matter (just for my own records). Your team said 10 days. It's been 30. I've had no update at all. When will they be sent?"""),
("c", "timeliness", 1, "", "email", "phone case order",
"""The shop said the phone case I ordered would be in on Tuesday. It's Friday and they say "maybe next week". Not urgent, just a bit disappointing after being told a firm date."""),
("c", "timeliness", 3, "e", "email", "Four months - my solicitor will write next",
"""It has now been four months since I asked you to close my late mother's account and stop the direct debit. I have sent five letters and copies of the death certificate and the grant of probate. Nobody has replied and money is still being taken from her estate.

If I do not receive a full response within 7 days, my solicitor will write to you formally and we will take the matter further."""),

# ---------------- product_policy ----------------
("c", "product_policy", 2, "", "email", "Why must I cancel in person?",
"""I want to cancel my landline. I'm told I must go to a store in person with ID. The nearest store is 80 km away and I don't drive. I signed up online in ten minutes - why can't I cancel online or by phone? Please change this rule or make an exception for me."""),
("c", "product_policy", 2, "", "email", "Unused data disappears",
"""Your 'Flex' plan was sold to me as flexible. But every month unused data just disappears - I lost 14 GB last month. Other networks roll over unused data. I feel misled by the name. Please consider changing the plan or let me switch without a penalty."""),
("c", "product_policy", 1, "", "email", "plan change timing",
"""Hi, mild grumble: I upgraded my plan today but it only applies from my next billing cycle, 3 weeks away. Would be nice if it applied straight away. No need to reply."""),
("i", "product_policy", 1, "", "web_form", "Pause contract?",
"""Enquiry form
Question: I'm going to work abroad for six months from January. Can I pause my mobile contract (and keep my number) while I'm away, rather than paying full price? What are the options?"""),
("i", "product_policy", 1, "", "email", "return old router?",
"""Hello, I've just received the new router. Do I have to send the old one back, and if so, how? There was no return bag in the box. Thanks."""),
("s", "product_policy", 1, "", "email", "Bigger family plan",
"""Suggestion: your family plan only allows 4 lines. We're a family of six and have to have two separate accounts, which costs more and is a pain to manage. Please allow up to 6 lines on one plan."""),
("s", "product_policy", 1, "", "web_form", "Foreign passports online",
"""Feedback: Your online signup only accepts national ID cards. I'm an EU citizen living here legally with a passport and residence permit, and I had to go to a store just for the ID check. Please accept foreign passports in the online process."""),
("c", "product_policy", 3, "e", "email", "EUR 480 to leave because I'm emigrating",
"""I'm moving to Canada for work and asked to end my broadband contract. You want EUR 480 early termination fee, even though you can't provide service in Canada and I've been a customer for 9 years. That's absurd.

I've already contacted the consumer association for advice. Unless you waive the fee I will file a formal complaint with them."""),
("c", "product_policy", 1, "w", "email", "Withdrawing complaint",
"""Please withdraw my complaint about the cancellation rules. I got a call from your retention team and they explained it and we agreed a solution. Thanks, N. Olsen"""),
("c", "product_policy", 2, "", "phone", "Call note: original documents required",
"""Call note 08/12, agent S. Kaur
Customer Mr Dev Menon wanted to update his address. He was told he must post an original utility bill (not a copy or PDF) to our head office. He thinks this is absurd in 2026 and worries about losing the original. Asked why we can't accept a scan or check it in the app. Dissatisfied with the process."""),
("c", "product_policy", 3, "e", "regulator", "Referral: contract renewed without notice",
"""Communications Regulatory Authority - CRA/2026/09822

Mr Ryan Ellis states that Acme automatically renewed his broadband contract for a further 24 months in September without notifying him, and is now demanding an early exit fee of £310 when he tried to switch provider. He says he was never sent an end-of-contract notice.

The Authority reminds operators of their obligation to send end-of-contract notifications. Please review Mr Ellis's case and respond within 10 working days."""),
("c", "product_policy", 2, "", "email", "Student plan excludes part-timers",
"""I'm a part-time student at the Open College (ID attached) and your student plan says "full-time students only". Part-time students often have less money, not more. The rule seems arbitrary. Could you review it or accept my student card?"""),
("c", "product_policy", 2, "", "email", "'Unlimited' isn't unlimited",
"""I signed up for the "Unlimited" mobile plan. After 50 GB in a month the speed drops to 1 Mbps, which I only found in the fine print. That's not unlimited. Either remove the cap or stop calling it unlimited, and let me move to another plan without penalty."""),
("c", "product_policy", 3, "em", "media", "Press enquiry: paper bill charge for elderly",
"""Good morning. I'm a producer at Radio Example's consumer programme. Listeners, mostly over 70, have contacted us angry about Acme's new £3.50 monthly charge for paper bills, saying they don't use the internet and feel they're being punished for it. Age charities say thousands of older customers are affected.

We'd like a spokesperson for interview tomorrow or a written statement: why was the charge introduced and will there be an exemption for older or vulnerable customers?"""),
("c", "product_policy", 2, "e", "parent_company", "Forwarded from Group: loyalty rules",
"""Acme Group Holdings - Customer Relations
A long-standing customer, Mr Ivan Petrov, wrote to the Group Board complaining that Acme Telecom's new customers get better prices than existing ones on identical plans. He has been a customer for 14 years and pays £22 more per month than the new-customer price. He asks for the same price. Please review and respond."""),
("i", "product_policy", 1, "", "phone", "Transfer line to son",
"""Call note: customer Mr Harris asked what the process is to transfer his mobile line and number into his son's name. Son is 19 and lives at the same address. Wants to know what documents both need and whether the contract resets."""),
("c", "product_policy", 2, "", "email", "Points expired",
"""I had 8,400 reward points and they've all vanished because of a new "6-month expiry" rule I was never told about. I was saving them for a new phone. Please restore them or at least notify people before expiring them."""),
("c", "product_policy", 1, "", "email", "So many forms",
"""Adding one extra SIM to my account needed five separate forms and two signatures. It worked in the end, just feels like a lot of paperwork for a SIM card."""),
("c", "product_policy", 2, "", "email", "Minimum term for a SIM-only plan",
"""I'm not trying to involve any authority, I just think the rule is unfair: you won't let me move from a 24-month plan to a cheaper one until the term ends, but you'd happily let me move to a more expensive one. Please allow downgrades after 12 months."""),
("s", "product_policy", 1, "", "email", "Reserve a number",
"""Could you let customers reserve a specific mobile number (like a birthday sequence) when signing up online? Small thing but people would like it."""),

# ---------------- service_attitude ----------------
("c", "service_attitude", 2, "", "email", "Agent hung up on me",
"""I called on 2 December about my bill. After I said I didn't understand his explanation, the agent said "I've explained it three times, I'm not doing it again" and hung up. I've been a customer for 11 years and I've never been spoken to like that. I'd like an apology."""),
("c", "service_attitude", 3, "e", "email", "Store manager shouted at me - to the CEO",
"""To Acme's Chief Executive,

On Saturday at your Kingsway store, the manager shouted at me in front of other customers, called me "a time waster" and told me to get out when I asked to return a faulty phone. My 10-year-old daughter was with me and was in tears.

I expect a written apology from the company and to know what action will be taken against this manager. I am writing to you directly because I have no faith that the store will deal with it."""),
("c", "service_attitude", 1, "", "email", "bit of a bored agent",
"""The agent I spoke to this morning fixed my issue but sounded really bored and sighed a lot. It wasn't rude exactly, just not a nice experience. Feedback, nothing more."""),
("c", "service_attitude", 2, "", "phone", "Pushy salesperson",
"""Complaint taken by phone, 30/11
Mrs Patricia Ode says that in the Riverside store the salesman kept pressing her to add a second line and a tablet contract while she only came to pay her bill. He told her "everyone takes this offer" and rushed her through a tablet signing. At home she realised she'd agreed to an extra £18/month. She feels pressured and wants the tablet contract cancelled."""),
("c", "service_attitude", 3, "em", "email", "Racist comment by your staff - lawyer and media",
"""On 6 December one of your staff at the Market Square store told me and my husband to "go back where you came from, you people always cause trouble" when we asked why our contract was refused. Other customers heard it.

I have spoken to a lawyer and to a journalist at the Evening Post, who is interested in the story. I expect a public apology and to be told what disciplinary action is being taken."""),
("s", "service_attitude", 1, "", "email", "Help for deaf customers",
"""I'm deaf and use text relay. Your agents often hang up on relay calls thinking they're a scam or a silence. A bit of training on relay calls, or a text chat option with the same agents, would make a big difference for people like me."""),
("i", "service_attitude", 1, "", "web_form", "How do I praise an agent?",
"""Contact form
Message: A lady called Grace in your Hilltop store helped me for over an hour setting up my phone yesterday. How do I send a compliment so her manager knows? Is there a form for that?"""),
("c", "service_attitude", 1, "w", "email", "Withdraw - manager apologised",
"""Hello, the store manager phoned me today and apologised for how I was treated last week. I'm satisfied with that, please withdraw my complaint. Regards, Edwin"""),
("c", "service_attitude", 2, "", "email", "Technician swore at my mother",
"""The technician who came to fix my mother's line on Wednesday was rude to her from the start. When she asked him to take off his shoes he swore at her and muttered about "old people". She's 79 and was quite shaken. He did the repair, but we don't want him coming back. Please deal with this."""),
("c", "service_attitude", 3, "e", "regulator", "Regulator: customer treatment complaint",
"""Communications Regulatory Authority - referral CRA/2026/11209

Mr Karim Haddad, who has a speech impairment, says Acme call centre staff repeatedly hung up on him or transferred him between departments, and one agent mocked the way he spoke. He recorded one of the calls. He says he wants an apology and assurance that staff will be trained on treating disabled customers fairly.

Please investigate and respond to the consumer, copying the Authority."""),
("c", "service_attitude", 2, "", "web_form", "Sarcastic chat agent",
"""Chat feedback form
Chat ID: CH-7791203
Rating: 1/5
Comment: When I asked the agent to explain a charge she replied "maybe read the bill, it's all there" and then "anything else I can do for you, or shall we read it together?". Very condescending. Please look at the transcript."""),
("c", "service_attitude", 2, "", "email", "Laughed at my accent",
"""At your Bridge Street branch on Monday, the teller and her colleague laughed at my accent and asked me to "repeat in proper English" several times. I speak English perfectly well. I felt humiliated. I want you to know this happened and I'd like a response from the branch manager."""),
("c", "service_attitude", 3, "e", "consumer_association", "Consumer association: elderly customer pressured",
"""Consumer Association - Lakeside Branch, case LK-26-078

Our member, Mr Frank Dale (83), says an Acme door-to-door sales representative stayed in his home for two hours, refused to leave until he signed a 24-month TV and broadband contract, and told him his current phone would stop working if he didn't. His daughter found the contract later.

We ask Acme to cancel the contract without charge, to apologise, and to tell us what steps are taken regarding the representative's conduct."""),
("c", "service_attitude", 2, "", "email", "attitude of store staff",
"""I'm not planning to complain to the regulator or anything like that, I just want your store staff to be polite. At the Central store on Thursday two staff members carried on chatting about their weekend for ten minutes while I stood at the counter, then one said "what" without looking up."""),
("s", "service_attitude", 1, "", "web_form", "Name badges",
"""Suggestion: staff in stores should wear name badges. When someone is helpful (or not) there's no way to tell you who it was."""),
("i", "service_attitude", 1, "", "email", "Can I ask for a female advisor?",
"""Hi, for personal reasons I'd feel more comfortable with a female advisor when I visit a branch to discuss my finances. Is it possible to request that when booking an appointment? Thank you."""),
("c", "service_attitude", 2, "e", "parent_company", "Group: complaint about call centre conduct",
"""Acme Group Holdings - Office of the Chairman
Ms Lorna Baird wrote to the Chairman after what she calls 'a humiliating phone call'. She says the Acme Telecom agent accused her of lying about a fault, raised his voice and refused to pass her to a supervisor. She asks for an apology from the company. Please investigate and respond to her, and copy this office."""),
("c", "service_attitude", 3, "em", "media", "Reporter: video of staff mocking disabled customer",
"""Hi, I'm with the Northern Gazette online desk. A video shared over 400,000 times since yesterday shows two people in Acme uniforms at your Castle Street store laughing at and imitating a customer in a wheelchair who was struggling to reach the counter. We are publishing a story this evening.

Can you confirm the staff are Acme employees, what action you are taking, and whether you'll apologise to the customer?"""),
("c", "service_attitude", 2, "", "phone", "Agent refused supervisor",
"""Call note - customer relations, 05/12
Mr Neil Foster complained about yesterday's call: the agent kept interrupting him, talked over him when he tried to explain, and refused three times to transfer him to a supervisor ("supervisors don't take calls"). He wants someone to listen to the recording and call him back."""),
("c", "service_attitude", 1, "", "email", "security guard",
"""Your security guard at the Grange Road branch was a bit curt this morning when I asked where to queue. Not a big deal, maybe he was having a bad day."""),
]
