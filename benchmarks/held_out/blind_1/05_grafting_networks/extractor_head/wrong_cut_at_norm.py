# Misconception: cut at the layer before 'features'
# Expect: fail
def build_service_model(base):

    extractor = keras.Model(base.input, base.get_layer("norm").output)
    extractor.trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="softmax")(extractor(x, training=False)))
