LANG = "en"
ITEMS = [
("c", "network", 2, "", "email", "Re: Re: ticket 90112 - NOT fixed",
"""You closed my ticket saying the problem is resolved. I do NOT want to withdraw my complaint - the broadband still drops every afternoon around 3pm for 10-15 minutes, I've logged it every day this week (times below). Please reopen it.

Mon 15:04-15:17, Tue 15:10-15:22, Wed 14:58-15:09, Thu 15:02-15:20."""),
("c", "product_policy", 2, "", "email", "cancel",
"""I want to cancel my broadband contract, not my complaint - your chat bot keeps asking if I want to "withdraw" and I don't. The problem is that your cancellation form won't accept a leaving date more than 30 days ahead, and I'm moving abroad in 7 weeks. Why can't I just give notice for the date I actually leave?"""),
("c", "billing", 3, "e", "email", "Formal complaint - overcharging since 2024, long letter",
"""Dear Complaints Manager,

I am writing to make a formal complaint about the charges on my business account (Marlow Print Studio, account 9001-4420), which I believe have been wrong since at least March 2024.

When we signed up, we agreed a bundle price of £85 per month for two lines and broadband, confirmed in writing by your account manager Mr Keane (letter dated 4 March 2024, copy attached). From the first bill we were charged £85 for the bundle plus £14.50 per line for "business line rental", which we were told was included. I queried this by phone in April 2024 and was told it would be corrected "from the next bill". It was not.

Over the following months my bookkeeper raised it twice more. Each time we were promised a review. In total we have paid around £30 a month too much for 20 months, roughly £600, plus a £40 "price rise" in April this year that applied to the wrong base price.

I am asking for: (1) a refund of all overcharges, with a breakdown; (2) correction of the monthly price to the agreed £85; (3) written confirmation of the above.

I would prefer to resolve this directly with you. However, if I do not receive a substantive response within 14 days, I will refer the matter to the Telecoms Ombudsman and will consider a claim in the small claims court.

Yours sincerely,
Helena Marlow
Director, Marlow Print Studio"""),
("c", "hardware", 2, "", "email", "modem",
"""modem wifi light off since sunday, ethernet works only, tryed reset twice, pls send new one. acc 5521-0770"""),
]
