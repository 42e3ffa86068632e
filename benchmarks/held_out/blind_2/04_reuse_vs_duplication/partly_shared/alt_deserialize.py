# Alternative: keras.layers.serialize / deserialize with a renamed config
# Expect: pass
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    spec = keras.layers.serialize(top)
    spec["config"]["name"] = "document_top"
    twin = keras.layers.deserialize(spec)
    q_feat, d_feat = stem(query), stem(document)
    merged = keras.ops.concatenate([top(q_feat), twin(d_feat)], axis=-1)
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
