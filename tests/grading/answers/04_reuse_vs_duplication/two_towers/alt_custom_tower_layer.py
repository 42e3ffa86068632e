# Alternative: a custom Layer that holds both towers (the given encoder and its fresh
# duplicate) and concatenates their codes; the head follows it.
# Expect: pass
class Towers(keras.layers.Layer):
    def __init__(self, encoder, **kwargs):
        super().__init__(**kwargs)
        self.left_tower = encoder
        config = encoder.get_config()
        config.pop("name")
        self.right_tower = type(encoder).from_config(config)

    def call(self, inputs):
        left, right = inputs
        return keras.ops.concatenate([self.left_tower(left), self.right_tower(right)], axis=-1)


def build_two_tower_model(encoder):
    left, right = keras.Input((8,)), keras.Input((8,))
    codes = Towers(encoder)([left, right])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(codes))
