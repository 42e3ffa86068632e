# Alternative: a subclassed keras.Model that receives the encoder and makes its twin.
# Expect: pass
class TwoTowers(keras.Model):
    def __init__(self, encoder):
        super().__init__()
        self.left_encoder = encoder
        self.right_encoder = encoder.__class__.from_config(
            {**encoder.get_config(), "name": "right_tower"}
        )
        self.head = keras.layers.Dense(1, activation="sigmoid")

    def call(self, inputs):
        left, right = inputs
        codes = [self.left_encoder(left), self.right_encoder(right)]
        return self.head(keras.ops.concatenate(codes, axis=-1))


def build_two_tower_model(encoder):
    return TwoTowers(encoder)
