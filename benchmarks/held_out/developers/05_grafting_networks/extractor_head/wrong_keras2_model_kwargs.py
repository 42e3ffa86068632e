# Misconception: Keras 2's Model(input=..., output=...) keywords
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(input=base.input, output=base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(inputs))
    return keras.Model(input=inputs, output=outputs)
