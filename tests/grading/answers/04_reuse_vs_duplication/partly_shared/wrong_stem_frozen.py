# Misconception: a shared, trained stem must be frozen (explained by structure, no table entry)
# Expect: fail "the stem \(Dense\(6, activation=.relu.\)\) reading the query input \(8 values\) is frozen"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    stem.trainable = False
    cfg = top.get_config()
    del cfg["name"]
    doc_top = keras.layers.Dense.from_config(cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
