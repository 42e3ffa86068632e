# Misconception: the extractor need not be frozen since it is already trained
# Expect: fail
def build_service_model(base):

    extractor = keras.Model(base.input, base.get_layer("features").output)
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="softmax")(extractor(x, training=False)))
