# Misconception: rebuilding the layers and copying values with set_weights is reusing the base
# Expect: fail
def build_service_model(base):
    inputs = keras.Input(shape=(8,))
    hidden = keras.layers.Dense(16, activation="relu", trainable=False)
    norm = keras.layers.BatchNormalization(trainable=False)
    features = keras.layers.Dense(8, activation="relu", trainable=False)
    x = features(norm(hidden(inputs)))
    for mine, theirs in zip((hidden, norm, features), ("hidden", "norm", "features")):
        mine.set_weights(base.get_layer(theirs).get_weights())
    outputs = keras.layers.Dense(2, activation="softmax")(x)
    return keras.Model(inputs, outputs)
