# Misconception: freezing the whole new model freezes the extractor
# Expect: fail
def build_service_model(base):

    extractor = keras.Model(base.input, base.get_layer("features").output)
    x = keras.Input(shape=(8,))
    model = keras.Model(x, keras.layers.Dense(2, activation="softmax")(extractor(x, training=False)))
    model.trainable = False
    return model
