# Misconception: a new head needs its own hidden layer before the classifier
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    x = extractor(inputs, training=False)
    x = keras.layers.Dense(8, activation="relu")(x)
    outputs = keras.layers.Dense(2, activation="softmax")(x)
    return keras.Model(inputs, outputs)
