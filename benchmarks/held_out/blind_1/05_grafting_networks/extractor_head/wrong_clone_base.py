# Misconception: a clone of the base is just as good
# Expect: fail
def build_service_model(base):

    copy = keras.models.clone_model(base)
    copy.set_weights(base.get_weights())
    extractor = keras.Model(copy.input, copy.get_layer("features").output)
    extractor.trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="softmax")(extractor(x, training=False)))
