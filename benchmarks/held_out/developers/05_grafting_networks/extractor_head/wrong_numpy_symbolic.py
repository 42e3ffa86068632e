# Misconception: features can be turned into a numpy array and fed to the head
# Expect: fail
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    features = np.asarray(extractor(inputs))
    outputs = keras.layers.Dense(2, activation="softmax")(features)
    return keras.Model(inputs, outputs)
