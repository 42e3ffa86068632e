# Misconception: the head keeps the base's activation, relu
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="relu")(extractor(inputs, training=False))
    return keras.Model(inputs, outputs)
