# Alternative: the top duplicated by serialize/deserialize with a new name; the sides built
# in a loop.
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    config = keras.layers.serialize(top)
    config["config"]["name"] = "document_top"
    tops = [top, keras.layers.deserialize(config)]
    inputs = [keras.Input(shape=(8,), name=side) for side in ("query", "document")]
    codes = [side_top(stem(side_input)) for side_top, side_input in zip(tops, inputs, strict=True)]
    head = keras.layers.Dense(1, activation="sigmoid")
    return keras.Model(inputs, head(keras.layers.concatenate(codes)))
