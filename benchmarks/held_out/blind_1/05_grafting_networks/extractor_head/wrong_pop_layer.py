# Misconception: model.layers.pop() removes the last layer, as in Keras 2
# Expect: fail
def build_service_model(base):

    base.layers.pop()
    base.trainable = False
    x = keras.Input(shape=(8,))
    return keras.Model(x, keras.layers.Dense(2, activation="softmax")(base(x)))
