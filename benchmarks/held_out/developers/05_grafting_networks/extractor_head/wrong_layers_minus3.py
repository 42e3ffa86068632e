# Misconception: counting from the end, base.layers[-3] is 'features' (it is 'norm')
# Expect: fail
def build_service_model(base):
    cut = base.layers[-3]
    extractor = keras.Model(base.input, cut.output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    x = extractor(inputs, training=False)
    outputs = keras.layers.Dense(2, activation="softmax")(x)
    return keras.Model(inputs, outputs)
