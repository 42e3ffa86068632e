# Misconception: a yes/no question needs one sigmoid unit, not Dense(2, softmax)
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(1, activation="sigmoid")(extractor(inputs, training=False))
    return keras.Model(inputs, outputs)
