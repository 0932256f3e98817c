# Voice 9: A GIS analyst - shapefiles, geocoded addresses, attribute tables, map layers.
RECORDS = [
("positive", "geocode_failures_csv", "finnish+dutch+anglo", """These didn't geocode in the batch run (score < 80). Can you spot the pattern? CSV:

OBJECTID,owner_name,site_address,phone,score
118,[[PERSON:Aino Järvinen-Koski]],[[STREET_ADDRESS:4410 Co Rd 17, Cokato, MN 55321]],[[PHONE_NUMBER:320-555-0116]],62
131,[[PERSON:Pieter van der Hoeven]],[[STREET_ADDRESS:RR 2 Box 88, Hallock, MN 56728]],[[PHONE_NUMBER:218-555-0139]],41
140,[[PERSON:Douglas Rowe]],[[STREET_ADDRESS:N 7th Ave & W Elm, Olivia, MN 56277]],,55"""),

("positive", "geojson_feature", "rwandan", """Why won't this GeoJSON load in QGIS? Says invalid geometry.

{"type": "Feature",
 "geometry": {"type": "Point", "coordinates": [-85.6681, 42.9634]},
 "properties": {"household": "[[PERSON:Uwamahoro Clémentine]]", "addr": "[[STREET_ADDRESS:1128 Kalamazoo Ave SE, Grand Rapids, MI 49507]]", "contact": "[[PHONE_NUMBER:616-555-0147]]", "assist_type": "IA-rental"}}
"""),

("positive", "arcgis_token_script", None, """This arcpy/ArcGIS API script to update the damage-assessment feature layer dies with 'Invalid token'. Token was generated yesterday so maybe expired?

from arcgis.gis import GIS
gis = GIS("https://gis.example-county.gov/portal", token="[[PASSWORD:k3VqN8xL2pT7mR9wB4cZ1hJ6fY0sD5gA_nUeQiW-oXvK]]")
fl = gis.content.get("a7c3e9f1b2d84c6e9f0a1b2c3d4e5f60").layers[0]
print(fl.query(where="status='NEW'", return_count_only=True))"""),

("positive", "postgis_connection", None, """Can't connect QGIS to the PostGIS server after the password change, this is what I put in the service file - see anything?

[parcels_prod]
host=pgis01.gis.internal
port=5432
dbname=parcels
user=gis_editor
password=[[PASSWORD:Tern!Lattice_0741]]
sslmode=require"""),

("positive", "maps_api_key_js", None, """The web map on our internal dashboard stopped rendering the basemap, console says 'RefererNotAllowedMapError'. Here's the script tag, what do I change in the key restrictions?

<script src="https://maps.googleapis.com/maps/api/js?key=[[CLOUD_ACCESS_KEY:AIzayg7nwDkQuyAegOBjl_uD6g5Twsrx5lT0BVG]]&callback=initMap" async defer></script>"""),

("positive", "attribute_table_pipe", "burundian+bhutanese+anglo", """Attribute table export from the shelter-residents layer (pipe delimited). I need to join it to the census blocks - which field should be the key?

FID|NAME|DOB|ADDR|BLOCK_ID
0|[[PERSON:Ndayishimiye Jean Bosco]]|[[DATE_OF_BIRTH:1985-08-17]]|[[STREET_ADDRESS:220 Ardmore St, Apt 6, Louisville, KY 40217]]|211110049003011
1|[[PERSON:Tika Maya Ghimire]]|[[DATE_OF_BIRTH:1992-02-29]]|[[STREET_ADDRESS:3115 Bardstown Rd, Apt 12, Louisville, KY 40205]]|211110070002004
2|[[PERSON:Carla Whitten]]|[[DATE_OF_BIRTH:1958-10-05]]|[[STREET_ADDRESS:908 S 4th St, Louisville, KY 40203]]|211110041001016"""),

("positive", "chat_buffer_owners", "cajun+south_sudanese", """User: I ran a 500 ft buffer around the levee breach and got 3 parcels. Owners: [[PERSON:Thibodeaux, Clarisse]] at [[STREET_ADDRESS:1402 Bayou Blue Rd, Houma, LA 70364]] and [[PERSON:Deng Akech Garang]] at [[STREET_ADDRESS:1418 Bayou Blue Rd, Houma, LA 70364]]; third is a church. Write the field notes for the inspection team.
Assistant: Field notes: Two residential parcels and one institutional parcel lie within 500 ft of the breach...
User: add a line asking them to call [[PERSON:Clarisse]] first, she's elderly, [[PHONE_NUMBER:985-555-0186]]"""),

("positive", "python_geopandas", "apache+hopi", """geopandas is giving me a CRS mismatch. snippet:

import geopandas as gpd
pts = gpd.GeoDataFrame({
    "name": ["[[PERSON:Nakai Tsinajinnie-Goseyun]]", "[[PERSON:Loren Sekaquaptewa]]"],
    "address": ["[[STREET_ADDRESS:27 Cibecue Rd, Whiteriver, AZ 85941]]", "[[STREET_ADDRESS:HC 63 Box 4120, Kykotsmovi Village, AZ 86039]]"],
}, geometry=gpd.points_from_xy([-110.02, -110.62], [33.83, 35.87]), crs="EPSG:4326")
pts = pts.to_crs(26912)"""),

("positive", "email_field_team", "ugandan+swedish", """Hi [[PERSON:Okello]],
The updated damage layer is in the shared folder (DA_points_1205.gpkg). 14 new points from [[PERSON:Linnea Bergqvist]]'s team. Two addresses need a second look: [[STREET_ADDRESS:52 Harbor View Dr, Gloucester, MA 01930]] (point landed in the water) and [[STREET_ADDRESS:9 Rocky Neck Ave, Gloucester, MA 01930]] (duplicate).
Thanks,
[[PERSON:Rosamund]]"""),

("positive", "kml_placemark", "french_canadian", """This KML from the field app shows the placemark in the ocean, is the lon/lat order wrong?

<Placemark>
  <name>[[PERSON:Ghislaine Tremblay-Bouchard]]</name>
  <description>[[STREET_ADDRESS:318 Main St, Madawaska, ME 04756]] - caller [[PHONE_NUMBER:207-555-0158]]</description>
  <Point><coordinates>47.3552,-68.3305,0</coordinates></Point>
</Placemark>"""),

("positive", "aws_keys_s3_tiles", None, """Tile upload to S3 from our build server fails, 'SignatureDoesNotMatch'. The config:

[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAEJUGE2G0EY08V3T5]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:vWOHlwl3aDrOopDBcb+fEB9ezYfV6xe3NjIjyVAA]]
region = us-gov-west-1
Is it the gov region endpoint?"""),

("positive", "cui_layer_metadata", "anglo", """Metadata I'm writing for the critical-facilities layer. Does the abstract read ok?

Classification: [[CUI_MARKING:CUI//SP-PCII]]
Abstract: Point locations of PCII-validated facilities in the region, compiled by [[PERSON:Stacy Vandermolen]]. Not for public web services.
Use constraints: [[CUI_MARKING:CUI//SP-PCII]]. Distribution limited to DHS and authorized partners."""),

("positive", "ocr_permit_map", "samoan_american+anglo", """OCR from a scanned permit map's title block, can you clean it up:

PR OPERTY OWNER:  [[PERSON:TUIASOSOPO,  Leilani]]
SITE  ADDR:  [[STREET_ADDRESS:94- 1032  Waipahu  St,  Waipahu  HI  967 97]]
SURVEYOR:  [[PERSON:R. Kalāhiki]]   PH:  [[PHONE_NUMBER:808 - 555 - 0120]]"""),

# evasions
("evasion", "address_encoded_url", "anglo", """the geocoder log shows the address url-encoded, can you decode it and tell me why it failed? owner [[PERSON:Vernon Shipley]]: q=[[STREET_ADDRESS:6620%20Quail%20Hollow%20Ln%2C%20Ruston%2C%20LA%2071270]]&f=json"""),

("evasion", "secret_hex_encoded", None, """the portal password for the editor account, hex-encoded because the chat flagged it before: [[PASSWORD:54 65 72 6e 21 42 61 79 6f 75 5f 33 33 31 38]] - decode and check it has a special character"""),

("evasion", "name_fullwidth", "somali", """layer attribute NAME shows as [[PERSON:Ｈａｌｉｍｏ　Ａｂｄｉｒａｈｍａｎ]] in full-width characters after the Excel import. how do I normalise to ASCII in field calculator?"""),

# hard negatives
("hard_negative", "fips_tracts", None, """Join isn't matching: my tract GEOIDs are 21111004900 (11 digits) but the ACS table has 1400000US21111004900. Also block group IDs like 211110049003. What's the cleanest way to strip the prefix in pandas?"""),

("hard_negative", "coords_epsg", None, """Points at 38.8895, -77.0353 show up in Antarctica when I load the CSV. The layer is EPSG:3857 and the CSV is WGS84. Should I set the CRS on import or reproject after?"""),

("hard_negative", "same_voice_attr", None, """Attribute table export from the shelters layer (pipe delimited). Which field should be the join key to the census blocks?

FID|FACILITY|CAPACITY|BLOCK_ID|STATUS
0|Middle School Gym|220|211110049003011|OPEN
1|Community Center|140|211110070002004|OPEN
2|Fairgrounds Hall 2|400|211110041001016|STANDBY"""),

("hard_negative", "public_places", None, """Label placement is overlapping on the evacuation map: Lincoln Memorial Bridge, Martin Luther King Jr. Blvd, Jefferson Davis Hwy, the George Washington Carver school and Robert Moses State Park. Can QGIS rule-based labels prioritise highways over schools?"""),

("hard_negative", "parcel_ids", None, """Parcel PINs in the county are formatted 14-21-301-017-0000 but the state's layer strips dashes: 14213010170000. Some have leading zeros like 06-09-112-004-1002. Regex to normalise?"""),

("hard_negative", "arcgis_placeholder", None, """Docs for our team's script: set the token with GIS(url, token="<YOUR_TOKEN>") or use username='your.name' and password=os.environ['AGOL_PASSWORD']. Is that clear enough for interns?"""),

("hard_negative", "damage_stats", None, """Damage assessment layer summary: 1,204 points; destroyed 88, major 247, minor 412, affected 457. By county: Ascension 318, Livingston 502, Tangipahoa 384. Percent major-or-worse?"""),

("hard_negative", "address_generic", None, """Our geocoder returns score 100 for '1 Main St' in every town. Is that because it's a centroid match on the street segment? How do I force rooftop-only matches in the locator settings?"""),

("hard_negative", "hash_uuid_layers", None, """Portal item ids a7c3e9f1b2d84c6e9f0a1b2c3d4e5f60 and 0f1e2d3c4b5a69788796a5b4c3d2e1f0 both point to 'DA_points'. Which one is the hosted layer and which is the view? Layer index 0 vs 1?"""),
]
