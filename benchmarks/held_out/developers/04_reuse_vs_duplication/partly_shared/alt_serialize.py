# Alternative: keras.layers.serialize / deserialize with the name changed
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    spec = keras.layers.serialize(top)
    spec["config"]["name"] = "document_top"
    document_top = keras.layers.deserialize(spec)
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    features = [stem(query), stem(document)]
    codes = [top(features[0]), document_top(features[1])]
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(keras.layers.Concatenate()(codes)))
