# Misconception: keep the whole base and add the head after its output
# Expect: fail
def build_service_model(base):

    base.trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="softmax")(base(x, training=False)))
