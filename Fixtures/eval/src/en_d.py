LANG = "en"
ITEMS = [
# ---------------- other ----------------
("c", "other", 1, "", "email", "Your TV advert",
"""Your new TV advert with the screaming goat plays at least four times an hour on Channel 5 and it's much louder than the programmes. My kids think it's hilarious, I don't. Please tone it down. (Otherwise happy customer.)"""),
("c", "other", 2, "", "email", "Acme van on the pavement",
"""Every weekday morning an Acme van (reg ending KLT) parks fully on the pavement outside 40 Beech Road while the driver buys coffee. I use a wheelchair and have to go into the road to get past. I've asked the driver politely twice. Please tell your drivers to park legally."""),
("c", "other", 1, "", "email", "music in the store",
"""The music in your Riverside store is so loud you can't hear the staff talk. Had to ask the assistant to repeat everything. Maybe turn it down a bit?"""),
("i", "other", 1, "", "web_form", "Sponsorship",
"""Community enquiry
Organisation: Hillside Under-12s Football Club
Message: Does Acme sponsor local youth sports clubs? We're looking for help with kit for next season. Who should we contact?"""),
("i", "other", 1, "", "email", "Recycling old phones",
"""Hi, I have three old phones in a drawer (not all from Acme). Do your stores take old phones for recycling, and do you wipe them? Thanks"""),
("s", "other", 1, "", "email", "Fewer paper flyers",
"""I get an Acme flyer through my door almost every week even though I'm already a customer. It's a lot of paper. Maybe use that budget for tree planting, or at least stop sending flyers to existing customers?"""),
("s", "other", 1, "", "web_form", "Seats in store",
"""Suggestion: please put a few more chairs in the waiting area of the Eastgate store. Last Saturday several elderly people were standing for 20+ minutes waiting their turn."""),
("c", "other", 2, "", "email", "Flyers despite 'no junk mail' sign",
"""I have a clear "No junk mail" sign on my letterbox. Your leaflet distributors ignore it every week and stuff Acme flyers through anyway, sometimes several at once. I've emailed about this before. Please tell your distributor to respect the sign."""),
("c", "other", 1, "w", "email", "Withdraw - van parking",
"""Hello, I'm withdrawing my complaint about the van parking on Beech Road. The driver has been parking in the bay for two weeks now. Thanks for passing the message on."""),
("c", "other", 2, "", "email", "Job interview experience",
"""I had an interview for a store assistant job at Acme last week. I waited 45 minutes past the appointed time, the interviewer took a phone call in the middle, and I was told I'd hear back in 3 days. That was 2 weeks ago. I don't expect the job, but candidates deserve better."""),
("c", "other", 1, "", "email", "Too many surveys",
"""Every time I contact you I get three separate satisfaction surveys (text, email and a phone call). I'm happy to give feedback once. Please stop asking three times."""),
("i", "other", 1, "", "phone", "Head office address",
"""Call note: caller asked for the postal address of Acme's head office because she wants to send a letter of thanks to the company. Address given."""),
("c", "other", 2, "", "email", "Prize never arrived",
"""In August I was told by email that I'd won a tablet in your summer prize draw (ref DRAW-2291). I sent my address as asked. Nothing has arrived and my two follow-up emails got no answer. Was this real? Please let me know."""),
("c", "other", 2, "", "email", "Store closed during opening hours",
"""Your website says the Millbrook store is open until 6pm on Saturdays. I arrived at 4:30pm last Saturday after a 30-minute drive and it was shut with no notice on the door. That's the second time. Please keep your opening hours accurate."""),
("i", "other", 1, "", "email", "Jobs",
"""Hello, are you hiring for technicians in the North region? I'm a qualified electrician. Where can I see vacancies? Regards, Sean"""),
("s", "other", 1, "", "email", "Open on Sundays",
"""Could the city centre store open on Sunday afternoons? It's the only day many of us who work shifts can come in."""),
("c", "other", 3, "em", "media", "Journalist: store accessibility",
"""Hello, I'm writing for The Daily Example about accessibility on the high street. A number of wheelchair users have told us that at least six Acme stores in the city have no step-free access and that staff told them to "wait outside and we'll come out" in the rain. Disability groups call this discriminatory.

Could Acme comment on how many of its stores are inaccessible and what it plans to do about it? We publish on Monday."""),
("c", "other", 3, "e", "consumer_association", "Consumer association: prize draw",
"""Riverside Consumer Association - case RC-26-310
Several members have contacted us about Acme's 'Summer Win' prize draw. They were notified that they had won and asked to pay a £9.99 'delivery fee' by text. None have received a prize. We cannot tell whether this is an Acme promotion or a third party misusing the Acme name.

We ask Acme to clarify whether the promotion is genuine and, if so, to deliver the prizes or refund the fees."""),
("c", "other", 2, "e", "parent_company", "Group facilities: noise complaint",
"""Acme Group Holdings - Property & Facilities forward
A resident of Tanner Street wrote to the Group's head office that the backup generator at the Acme Telecom exchange building next door runs a test for an hour every night at about 2am, waking her family. She has complained to the local building staff, who said it's 'scheduled'. She asks for the test to be moved to daytime. Please respond to her."""),
("c", "other", 2, "", "phone", "Street team blocking shop entrance",
"""Call log 14/11
Ms Rosa Lind, owner of a bakery on Market Street, complained that an Acme promotional street team set up a stand directly in front of her shop entrance for the whole day, blocking customers and playing loud music. She asked them to move and they refused. Wants assurance it won't happen again."""),
("i", "other", 1, "", "web_form", "Sustainability report",
"""Enquiry form
Message: I'm writing a university assignment on corporate sustainability in telecoms. Does Acme publish an annual sustainability or environmental report? Where can I find it?"""),
("c", "other", 1, "", "email", "Letters only in English",
"""My father reads Spanish much better than English and all your letters come in English only. The website has a Spanish version, but the letters don't. Would be great to get them in Spanish."""),
("s", "other", 1, "", "email", "Sign language videos",
"""It would be lovely if your help videos had a sign language version or at least proper captions. The auto captions are often wrong."""),
("c", "other", 2, "", "email", "Van speeding near school",
"""I'm not going to write to the papers about it, but someone should know: one of your vans (white, Acme logo, reg starting BX24) regularly speeds along Hill Street at school pick-up time. Yesterday it went past the crossing far too fast. Please speak to your drivers."""),
("c", "other", 1, "", "email", "holiday card",
"""You sent me a holiday card addressed to "Dear Valued Customer FIRSTNAME". Made me laugh, but maybe check the mail merge next year."""),
]
