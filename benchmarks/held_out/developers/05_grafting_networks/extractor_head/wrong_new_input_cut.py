# Misconception: a cut can start from a new keras.Input (lesson's common mistake 1)
# Expect: fail
def build_service_model(base):
    readings = keras.Input(shape=(8,))
    extractor = keras.Model(readings, base.get_layer("features").output)
    extractor.trainable = False
    service = keras.layers.Dense(2, activation="softmax")(extractor.output)
    return keras.Model(readings, service)
