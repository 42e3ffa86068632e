# Misconception: clone_model keeps the trained weights, so work on a safe copy
# Expect: fail
def build_service_model(base):
    copy = keras.models.clone_model(base)
    extractor = keras.Model(copy.input, copy.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(inputs, training=False))
    return keras.Model(inputs, outputs)
