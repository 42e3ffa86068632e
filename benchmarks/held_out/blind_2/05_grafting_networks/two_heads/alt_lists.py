# Alternative: losses and loss weights as lists in the outputs' order, Adam instance
# Expect: pass
import keras


def build_two_heads(base):
    trunk = keras.Model(base.input, base.get_layer("features").output, name="trunk")
    trunk.trainable = True
    readings = keras.Input(shape=(8,))
    shared = trunk(readings)
    kind = keras.layers.Dense(4, activation="softmax", name="kind")(shared)
    hours = keras.layers.Dense(1, name="hours")(shared)
    model = keras.Model(inputs=readings, outputs=[kind, hours])
    model.compile(optimizer=keras.optimizers.Adam(), loss=["sparse_categorical_crossentropy", "mse"], loss_weights=[1.0, 0.1])
    return model
