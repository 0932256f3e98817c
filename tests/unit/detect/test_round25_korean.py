"""Round 25, by the session's lead, from the names helper's report: the English model's PERSON spans on Korean
text are phrases, not names (on every labelled corpus, 18 such spans and no name), so a Korean passage passes
unaltered; a name label after a role word ("신청인 이름:", "applicant name:") labels the value after its colon, and
the label word itself is never taken for the name; a Korean road-name address is an address by its own shape (the
English model's PERSON span used to hide one by chance). Every text and value here is invented for this file."""

from __future__ import annotations

from .conftest import Boundary, kept_back, untouched


def test_a_korean_passage_without_names_passes(boundary: Boundary) -> None:
    untouched(boundary, "번역해 주세요: 오늘은 날씨가 좋습니다. 회의는 3시에 시작합니다. 자료를 미리 읽어 주세요.")


def test_korean_names_the_rules_know_are_still_kept(boundary: Boundary) -> None:
    kept_back(boundary, "메모를 영어로 옮겨 주세요: 보안팀장 한지민 씨가 가방을 발견했습니다.", "한지민")


def test_a_korean_name_label_after_a_role_labels_its_value(boundary: Boundary) -> None:
    text = "신청인 이름: 윤서하\n생년월일: 1991년 7월 9일\n이 양식을 영어로 번역해 주세요."
    kept_back(boundary, text, "윤서하", "1991년 7월 9일")
    assert "신청인 이름" in boundary(text)[1]  # the label stays: only its value is someone's
    kept_back(boundary, "Applicant name: 윤서하, please translate the form.", "윤서하")


def test_a_korean_road_name_address_is_kept(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "번역 부탁합니다: 주소 대구광역시 수성구 달구벌대로 2457, 105동 803호, 연락처는 메일로 주세요.",
        "달구벌대로 2457",
    )


def test_a_chinese_name_label_written_as_one_word_labels_its_value(boundary: Boundary) -> None:
    # the owner and the name word run together, as Chinese and Japanese forms write them
    kept_back(boundary, "申请人姓名: 钱思远\n请把这张表翻译成英文。", "钱思远")
