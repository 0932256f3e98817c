# Long records (1-2 KB): e-mail chains, reports, configs, SOP text
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))
def H(tag, text): R.append(("hard_negative", tag, None, text))

P("long_email_chain", "hispanic", """Can you summarise this thread into a status update for my branch chief? Keep the action items.

From: [[PERSON:Araceli Zertuche]] <[[EMAIL_ADDRESS:araceli.zertuche@uscis.dhs.gov]]>
Sent: Wednesday, December 2, 2026 4:47 PM
To: Records Team
Subject: RE: RE: file transfer for N-400 interview

All,
The A-file for [[PERSON:Octavio Benavides Ruiz]] ([[A_NUMBER:A204 661 583]]) still shows in transit to Harlingen. The interview is set for 12/16 and the applicant already confirmed by phone. His attorney keeps calling; I told her we would know by Friday.
If the file can't arrive in time, we'll need a T-file and a reschedule notice. Please let me know who's covering the courier log this week.

Araceli

-----Original Message-----
From: Records Team
Sent: Tuesday, December 1, 2026 9:12 AM
Subject: RE: file transfer for N-400 interview

The request was logged under transfer batch 2026-11-HLG-047. Courier pickup is Mon/Thu. We show the file left National Records Center on 11/24.

-----Original Message-----
From: [[PERSON:Araceli Zertuche]]
Sent: Monday, November 30, 2026 3:30 PM
Subject: file transfer for N-400 interview

Hi team, requesting transfer of the A-file above. Applicant's current address per AR-11 is [[STREET_ADDRESS:1207 W Expressway 83, Apt 14, San Benito, TX 78586]]; date of birth [[DATE_OF_BIRTH:08/30/1969]]. Receipt [[USCIS_RECEIPT_NUMBER:MSC2691207345]].

Thanks,
[[PERSON:Araceli Zertuche]]
Immigration Services Officer II
Harlingen Field Office
Desk: [[PHONE_NUMBER:956-555-0138]]""")

P("long_incident_report", "nigerian", """Please rewrite the narrative below so it reads chronologically and remove the repetition. Do not change facts.

U.S. Customs and Border Protection — Report of Investigation (draft)
Port: Houston Intercontinental (IAH), Terminal D
Date of event: 11/26/2026

Narrative:
At approximately 1815 hrs CBPO observed passenger [[PERSON:Olumide Babajide Fashola]], arriving on a flight from Lagos, proceed to the baggage carousel without completing the primary inspection kiosk step. CBPO redirected the passenger to primary. Passenger presented Nigerian passport [[US_PASSPORT:B50473921]] and a B1/B2 visa. Passenger stated he was visiting his uncle, [[PERSON:Adewale Fashola]], at [[STREET_ADDRESS:11930 Bellaire Blvd, Apt 320, Houston, TX 77072]].
At 1832 hrs during baggage exam, CBPO discovered four sealed envelopes containing what the passenger described as "documents for the church". Envelopes contained blank letterhead and rubber stamps. Passenger stated that a friend in Lagos, [[PERSON:Tunde]], asked him to carry them. The passenger did not know [[PERSON:Tunde]]'s last name.
At 1850 hrs supervisor was notified. Passenger provided his U.S. contact number [[PHONE_NUMBER:832-555-0157]] and his uncle's number [[PHONE_NUMBER:281-555-0109]]. Uncle was reached and confirmed the visit.
Passenger DOB [[DATE_OF_BIRTH:21 NOV 1992]]. I-94 created: [[I94_NUMBER:77102448391]].
Disposition: admitted; items detained pending review by HSI document fraud unit. Passenger issued detention notice.""")

P("long_config_dump", None, """This Spring Boot app won't start in the new environment. Here's the full application.yml — can you spot what's misconfigured?

server:
  port: 8443
  ssl:
    enabled: true
    key-store: classpath:keystore.p12
    key-store-password: [[PASSWORD:Kst0re!Pass-2026]]
    key-store-type: PKCS12
spring:
  datasource:
    url: [[CONNECTION_STRING:jdbc:sqlserver://sql-ero-prd01.ice.local:1433;databaseName=ERO_CASE;user=ero_app;password=Wv9#pXt4LmQ2]]
    hikari:
      maximum-pool-size: 20
      connection-timeout: 30000
  jpa:
    hibernate:
      ddl-auto: validate
    show-sql: false
  mail:
    host: smtp.ice.local
    port: 25
logging:
  level:
    root: INFO
    gov.dhs.ice.ero: DEBUG
management:
  endpoints:
    web:
      exposure:
        include: health,info,metrics
integration:
  tecs:
    base-url: https://tecs-gw.cbp.local/api/v3
    timeout-ms: 15000
  notify:
    slack-token: [[SLACK_TOKEN:xoxb-7720184455-9901847723106-Hq5nW2mLt8vRk3pXz7cBd1Ys]]
    channel: "#ero-alerts"
feature-flags:
  bulk-export: false
  new-scheduler: true""")

P("long_benefit_translation", "vietnamese", """Dịch toàn bộ sang tiếng Anh giúp tôi, giữ nguyên định dạng:

ĐƠN XIN HỖ TRỢ THIÊN TAI — FEMA (bản dịch tham khảo)

Phần 1. Thông tin người nộp đơn
Họ tên: [[PERSON:Hồ Thị Mỹ Duyên]]
Ngày sinh: [[DATE_OF_BIRTH:04/09/1966]]
Số an sinh xã hội: [[US_SSN:436-27-5518]]
Địa chỉ bị thiệt hại: [[STREET_ADDRESS:5112 Lapalco Blvd, Apt 6B, Marrero, LA 70072]]
Điện thoại: [[PHONE_NUMBER:(504) 555-0166]]
Email: [[EMAIL_ADDRESS:myduyen.ho66@yahoo.com]]

Phần 2. Thành viên trong hộ
1. [[PERSON:Lương Văn Sáu]] — chồng
2. [[PERSON:Lương Thị Kim Chi]] — con gái, 17 tuổi

Phần 3. Thiệt hại
Nước ngập khoảng 60 cm trong nhà. Tủ lạnh, máy giặt, giường và quần áo bị hư hỏng. Xe hơi bị ngập nước. Gia đình đang ở tạm nhà người quen.

Phần 4. Thông tin ngân hàng để nhận tiền
Số định tuyến: [[ABA_ROUTING_NUMBER:061041008]]
Số tài khoản: [[US_BANK_NUMBER:2207718834]]

Tôi xác nhận các thông tin trên là đúng sự thật.""")

H("long_sop", """Please turn this SOP excerpt into a one-page checklist with numbered steps.

STANDARD OPERATING PROCEDURE — Handling of Walk-In Inquiries at Field Offices (rev. 4)

1. Purpose. This SOP describes how front-desk staff respond to members of the public who arrive without an appointment.
2. Scope. Applies to all field offices and application support centers. It does not apply to emergency requests, which follow the emergency appointment procedure.
3. Procedure.
 a. Greet the visitor and ask whether they have an appointment notice. If yes, direct them to the check-in queue.
 b. If no appointment, explain that most questions can be answered by the Contact Center or online account tools. Provide the public handout with the Contact Center number and website.
 c. If the visitor indicates an emergency (medical, travel for a death in the family, loss of status within 48 hours), escalate to the on-duty supervisor. Do not promise an outcome.
 d. Never write down identifying numbers on sticky notes or personal devices. Use only the approved intake system.
 e. If the visitor becomes upset, remain calm, offer a seat, and call the supervisor. Security officers may be requested if anyone feels unsafe.
 f. Log the inquiry type (no personal details) in the daily tally sheet: general status, document request, emergency, other.
4. Records. Daily tally sheets are sent to the Section Chief on Friday. Tally sheets contain counts only.
5. Training. New staff complete the customer service module and shadow an experienced officer for two shifts before working the front desk alone.
6. Review. This SOP is reviewed annually by the Field Operations Directorate.""")

H("long_python_module", """Add type hints and docstrings to this module, don't change behaviour:

import csv
import hashlib
import logging
import os
from datetime import datetime

log = logging.getLogger(__name__)
SALT = os.environ.get("HASH_SALT", "")

def pseudonymise(value):
    if not value:
        return ""
    return hashlib.sha256((SALT + value).encode()).hexdigest()[:16]

def load_rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield row

def transform(row):
    out = dict(row)
    for field in ("full_name", "ssn", "a_number", "phone", "email"):
        if field in out:
            out[field] = pseudonymise(out[field])
    if out.get("dob"):
        out["birth_year"] = datetime.strptime(out.pop("dob"), "%Y-%m-%d").year
    return out

def main(src, dst):
    n = 0
    with open(dst, "w", newline="", encoding="utf-8") as fh:
        writer = None
        for row in load_rows(src):
            row = transform(row)
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            n += 1
    log.info("wrote %d rows to %s", n, dst)

if __name__ == "__main__":
    import sys
    main(sys.argv[1], sys.argv[2])""")

H("long_meeting_minutes", """Clean up these minutes and pull out the decisions:

Hurricane season after-action — logistics working group — 12/01/2026
Attendees: Region 4 logistics, Region 6 logistics, DLA liaison, Coast Guard District 8 liaison, contractor support (transport).

- Staging: the group agreed that pre-positioning at two inland sites worked better than the single coastal site used in 2025. Fuel contracts need a clause for priority delivery during evacuation orders.
- Commodities: water pallets ran short on day 3 in two parishes; root cause was a data lag between the warehouse system and the distribution tracker (about 14 hours). Action: IT to look at the sync job.
- Transport: 38 of 45 contracted trucks arrived within the window. Two carriers failed to respond; contracting officer to review performance clauses.
- Communications: satellite phones worked; several radios needed firmware 4.2.17 which had not been loaded. Action: comms to push the update before June.
- Coast Guard liaison noted that the joint information center should publish the public hotline earlier.
- Next meeting 01/12/2027. Draft report due 01/30/2027.
Decisions: keep two inland staging sites; add fuel priority clause; firmware update before season.""")

H("long_marking_discussion", """Can you help me answer this question from a new hire in plain language?

"I keep seeing different banners on documents — some say CUI, some say SECRET//NOFORN in training examples, and older ones say FOUO. Which ones still matter, and what should I do if I get an email with a banner I don't recognise? Also, is it OK to copy text from a marked document into a chatbot if I remove the banner?"

Points I want covered: FOUO is a legacy marking replaced by the CUI program; classified information never goes into unclassified systems; removing a banner does not change what the information is; ask the security office when in doubt; and report any suspected spill immediately instead of trying to fix it yourself.""")
