# Misconception: two classes means sigmoid
# Expect: fail
def build_service_model(base):

    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="sigmoid")(extractor(x, training=False)))
