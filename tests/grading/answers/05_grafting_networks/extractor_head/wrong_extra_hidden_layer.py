# Misconception: a new head needs a hidden layer of its own before the classifier
# (explained by structure, no table entry)
# Expect: fail "your model has an extra Dense\(8, activation=.relu.\) between the output of the features"
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    x = extractor(inputs, training=False)
    x = keras.layers.Dense(8, activation="relu")(x)
    outputs = keras.layers.Dense(2, activation="softmax")(x)
    return keras.Model(inputs, outputs)
