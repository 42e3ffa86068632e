# Misconception: clone_model copies the trained network (it copies the architecture,
# with new variables and fresh values).
# Expect: fail "clone_model / from_config\(get_config\(\)\) build the same architecture"
def build_service_model(base):
    copy = keras.models.clone_model(base)
    extractor = keras.Model(copy.inputs, copy.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(features))
