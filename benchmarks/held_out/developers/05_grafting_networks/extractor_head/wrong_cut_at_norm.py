# Misconception: cut at 'norm' (the layer below features)
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("norm").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(extractor(readings)))
